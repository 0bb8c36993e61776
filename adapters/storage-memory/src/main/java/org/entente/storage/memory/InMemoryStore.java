package org.entente.storage.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.NavigableMap;
import java.util.Iterator;
import java.util.Collections;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.AggregateStore;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.AggregateId;
import org.entente.domain.common.DuplicateKeyException;
import org.entente.domain.common.StaleVersionException;

/**
 * The mechanics every in-memory port shares: aggregates by id, an optional unique natural key, optimistic versions.
 * Aggregates are immutable, so readers share them; one read-write lock per store makes each save atomic (the
 * version check, the natural-key check and the write happen as one) and each page a consistent snapshot.
 */
class InMemoryStore<I extends AggregateId, A extends Aggregate<I, A>> implements AggregateStore<I, A> {

    /** A unique key other than the id; {@code keyOf} returns null for an aggregate that claims none. */
    record NaturalKey<A>(String rule, String name, Function<A, String> keyOf) {
    }

    private final InMemoryUnits units;
    private final String kind;
    private final NaturalKey<A> naturalKey;
    private final NavigableMap<String, A> byId = new TreeMap<>();
    private final Map<String, String> idByNaturalKey = new HashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    InMemoryStore(InMemoryUnits units, String kind, NaturalKey<A> naturalKey) {
        this.units = units;
        this.kind = kind;
        this.naturalKey = naturalKey;
    }

    InMemoryStore(InMemoryUnits units, String kind) {
        this(units, kind, null);
    }

    @Override
    public Optional<A> findById(I id) {
        return read(() -> Optional.ofNullable(byId.get(id.value())));
    }

    @Override
    public Map<I, A> findAllById(Collection<I> ids) {
        return read(() -> {
            Map<I, A> found = new LinkedHashMap<>();
            for (I id : ids) {
                A aggregate = byId.get(id.value());
                if (aggregate != null) {
                    found.put(id, aggregate);
                }
            }
            return found;
        });
    }

    /** A page in id order, read from the map of ids from the cursor on. */
    @Override
    public Page<A> pageById(PageRequest request) {
        return read(() -> {
            NavigableMap<String, A> range = byId;
            if (request.after() != null) {
                range = range.tailMap(request.after().id(), false);
            }
            if (request.before() != null) {
                range = range.headMap(request.before().id(), false);
            }
            List<A> window = new ArrayList<>(request.size() + 1);
            Iterator<A> records = (request.fromEnd() ? range.descendingMap() : range).values().iterator();
            while (window.size() <= request.size() && records.hasNext()) {
                window.add(records.next());
            }
            if (request.fromEnd()) {
                Collections.reverse(window);
            }
            return Page.cut(window, request);
        });
    }

    @Override
    public long count() {
        return read(() -> (long) byId.size());
    }

    @Override
    public A save(A aggregate) {
        return units.write(() -> {
            A saved;
            A stored;
            lock.writeLock().lock();
            try {
                String id = aggregate.id().value();
                stored = byId.get(id);
                if (aggregate.version() == 0 && stored != null) {
                    throw new DuplicateKeyException("ID_TAKEN", kind + " " + id + " exists already");
                }
                if (aggregate.version() > 0 && (stored == null || stored.version() != aggregate.version())) {
                    throw new StaleVersionException(kind, id, aggregate.version());
                }
                String key = naturalKeyOf(aggregate);
                if (key != null) {
                    String owner = idByNaturalKey.get(key);
                    if (owner != null && !owner.equals(id)) {
                        throw new DuplicateKeyException(naturalKey.rule(), kind + " " + owner + " has the "
                                + naturalKey.name() + " " + key + " already");
                    }
                }
                saved = aggregate.withVersion(aggregate.version() + 1);
                put(id, stored, saved);
            } finally {
                lock.writeLock().unlock();
            }
            units.undoWith(() -> putBack(saved, stored));
            return saved;
        });
    }

    /** Puts {@code previous} (absent: nothing) where {@code saved} is, undoing a save. */
    private void putBack(A saved, A previous) {
        lock.writeLock().lock();
        try {
            put(saved.id().value(), saved, previous);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Replaces {@code current} (absent: nothing) under {@code id} by {@code next} (absent: nothing), natural key and all. */
    private void put(String id, A current, A next) {
        indexed(current, next);
        String oldKey = current == null ? null : naturalKeyOf(current);
        if (oldKey != null) {
            idByNaturalKey.remove(oldKey);
        }
        if (next == null) {
            byId.remove(id);
            return;
        }
        String key = naturalKeyOf(next);
        if (key != null) {
            idByNaturalKey.put(key, id);
        }
        byId.put(id, next);
    }

    /** Called under the write lock as {@code removed} (absent: null) gives way to {@code added} (absent: null). */
    void indexed(A removed, A added) {
    }

    private String naturalKeyOf(A aggregate) {
        return naturalKey == null ? null : naturalKey.keyOf().apply(aggregate);
    }

    /** The aggregate holding a natural key, if one does. */
    final Optional<A> findByNaturalKey(String key) {
        return read(() -> Optional.ofNullable(idByNaturalKey.get(key)).map(byId::get));
    }

    /** Reads under the read lock: a consistent snapshot of the store. */
    final <T> T read(Supplier<T> reading) {
        lock.readLock().lock();
        try {
            return reading.get();
        } finally {
            lock.readLock().unlock();
        }
    }
}

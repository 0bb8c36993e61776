package org.entente.application.fake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.entente.application.page.Keyset;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.AggregateStore;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.AggregateId;
import org.entente.domain.common.DuplicateKeyException;
import org.entente.domain.common.StaleVersionException;

/**
 * A plain map behind an out port, for use-case tests: the semantics of the port (held to the storage contract
 * like every store), each call taking its turn.
 */
class FakeStore<I extends AggregateId, A extends Aggregate<I, A>> implements AggregateStore<I, A>,
        FakeTransactions.Restorable {
    final Map<I, A> records = new TreeMap<>(Comparator.comparing(AggregateId::value));
    private final String kind;
    private final Function<A, String> naturalKey;
    private final String naturalKeyRule;
    int batchLoads;

    FakeStore(String kind, Function<A, String> naturalKey) {
        this(kind, naturalKey, null);
    }

    /** {@code naturalKeyRule} is the rule a second record of one natural key breaks. */
    FakeStore(String kind, Function<A, String> naturalKey, String naturalKeyRule) {
        this.kind = kind;
        this.naturalKey = naturalKey;
        this.naturalKeyRule = naturalKeyRule;
    }

    @Override
    public synchronized Optional<A> findById(I id) {
        return Optional.ofNullable(records.get(id));
    }

    @Override
    public synchronized Map<I, A> findAllById(Collection<I> ids) {
        batchLoads++;
        Map<I, A> found = new LinkedHashMap<>();
        ids.forEach(id -> findById(id).ifPresent(a -> found.put(id, a)));
        return found;
    }

    @Override
    public synchronized Page<A> pageById(PageRequest request) {
        return page(a -> true, a -> new Keyset(a.id().value(), a.id().value()), request);
    }

    @Override
    public synchronized long count() {
        return records.size();
    }

    @Override
    public synchronized A save(A aggregate) {
        A stored = records.get(aggregate.id());
        if (aggregate.version() == 0 && stored != null) {
            throw new DuplicateKeyException("ID_TAKEN", kind + " " + aggregate.id().value() + " exists");
        }
        if (aggregate.version() > 0 && (stored == null || stored.version() != aggregate.version())) {
            throw new StaleVersionException(kind, aggregate.id().value(), aggregate.version());
        }
        String key = naturalKey.apply(aggregate);
        if (key != null && records.values().stream()
                .anyMatch(a -> !a.id().equals(aggregate.id()) && key.equals(naturalKey.apply(a)))) {
            throw new DuplicateKeyException(naturalKeyRule, kind + " " + key + " is taken");
        }
        A saved = aggregate.withVersion(aggregate.version() + 1);
        records.put(saved.id(), saved);
        return saved;
    }

    @Override
    public synchronized Runnable copy() {
        Map<I, A> copy = new LinkedHashMap<>(records);
        return () -> {
            records.clear();
            records.putAll(copy);
        };
    }

    synchronized Page<A> page(Predicate<A> matches, Function<A, Keyset> keyOf, PageRequest request) {
        List<A> all = new ArrayList<>(records.values().stream().filter(matches)
                .filter(a -> request.admits(keyOf.apply(a))).sorted(Comparator.comparing(keyOf)).toList());
        List<A> window = request.fromEnd()
                ? all.subList(Math.max(0, all.size() - request.size() - 1), all.size())
                : all.subList(0, Math.min(all.size(), request.size() + 1));
        return Page.cut(window, request);
    }

    /** The records that match, in the order {@code keyOf} gives them. */
    synchronized List<A> where(Predicate<A> matches, Function<A, Keyset> keyOf) {
        return records.values().stream().filter(matches).sorted(Comparator.comparing(keyOf)).toList();
    }

    synchronized List<A> where(Predicate<A> matches) {
        return records.values().stream().filter(matches).toList();
    }
}

package org.entente.storage.memory;

import java.util.Collection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.NavigableMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.entente.application.history.Revision;
import org.entente.application.page.Keyset;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.Revisions;

/**
 * The revision log in memory: revisions by key, the first append of a key kept, and each record's revisions by
 * version so that a history is read without scanning the whole log.
 */
final class InMemoryRevisions implements Revisions {
    private final InMemoryUnits units;
    private final ConcurrentMap<String, Revision> byKey = new ConcurrentHashMap<>();
    private static final NavigableMap<Keyset, Revision> EMPTY = new ConcurrentSkipListMap<>();
    private final ConcurrentMap<String, ConcurrentSkipListMap<Keyset, Revision>> byRecord = new ConcurrentHashMap<>();

    InMemoryRevisions(InMemoryUnits units) {
        this.units = units;
    }

    @Override
    public void append(Revision revision) {
        units.write(() -> {
            if (byKey.putIfAbsent(revision.key(), revision) == null) {
                byRecord.computeIfAbsent(record(revision.aggregate(), revision.id()), r -> new ConcurrentSkipListMap<>())
                        .put(keyOf(revision), revision);
                units.undoWith(() -> {
                    byRecord.get(record(revision.aggregate(), revision.id())).remove(keyOf(revision));
                    byKey.remove(revision.key());
                });
            }
            return null;
        });
    }

    /** A page of one record's revisions, read from its map of versions from the cursor on. */
    @Override
    public Page<Revision> history(String aggregate, String id, PageRequest request) {
        NavigableMap<Keyset, Revision> range = revisionsOf(aggregate, id);
        if (request.after() != null) {
            range = range.tailMap(request.after(), false);
        }
        if (request.before() != null) {
            range = range.headMap(request.before(), false);
        }
        List<Revision> window = new ArrayList<>(request.size() + 1);
        Iterator<Revision> revisions = (request.fromEnd() ? range.descendingMap() : range).values().iterator();
        while (window.size() <= request.size() && revisions.hasNext()) {
            window.add(revisions.next());
        }
        if (request.fromEnd()) {
            Collections.reverse(window);
        }
        return Page.cut(window, request);
    }

    @Override
    public long count(String aggregate, String id) {
        return revisionsOf(aggregate, id).size();
    }

    @Override
    public Map<String, Page<Revision>> histories(String aggregate, Collection<String> ids, PageRequest request) {
        Map<String, Page<Revision>> histories = new LinkedHashMap<>();
        new LinkedHashSet<>(ids).forEach(id -> histories.put(id, history(aggregate, id, request)));
        return histories;
    }

    @Override
    public Map<String, Long> counts(String aggregate, Collection<String> ids) {
        Map<String, Long> counts = new LinkedHashMap<>();
        new LinkedHashSet<>(ids).forEach(id -> counts.put(id, count(aggregate, id)));
        return counts;
    }

    private NavigableMap<Keyset, Revision> revisionsOf(String aggregate, String id) {
        NavigableMap<Keyset, Revision> revisions = byRecord.get(record(aggregate, id));
        return revisions == null ? EMPTY : revisions;
    }

    private static String record(String aggregate, String id) {
        return aggregate + "#" + id;
    }

    private static Keyset keyOf(Revision revision) {
        return Revision.keyOf(revision);
    }
}

package org.entente.storage.memory;

import java.util.Collection;
import java.util.Comparator;
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

    @Override
    public Page<Revision> history(String aggregate, String id, PageRequest request) {
        List<Revision> admitted = of(aggregate, id).stream().filter(r -> request.admits(keyOf(r)))
                .sorted(Comparator.comparing(InMemoryRevisions::keyOf)).toList();
        int size = request.size();
        List<Revision> window = request.fromEnd()
                ? admitted.subList(Math.max(0, admitted.size() - size - 1), admitted.size())
                : admitted.subList(0, Math.min(admitted.size(), size + 1));
        return Page.cut(window, request);
    }

    @Override
    public long count(String aggregate, String id) {
        return of(aggregate, id).size();
    }

    @Override
    public Map<String, List<Revision>> historiesOf(String aggregate, Collection<String> ids) {
        Map<String, List<Revision>> histories = new LinkedHashMap<>();
        for (String id : new LinkedHashSet<>(ids)) {
            List<Revision> history = of(aggregate, id);
            if (!history.isEmpty()) {
                histories.put(id, history);
            }
        }
        return histories;
    }

    private List<Revision> of(String aggregate, String id) {
        ConcurrentSkipListMap<Keyset, Revision> revisions = byRecord.get(record(aggregate, id));
        return revisions == null ? List.of() : List.copyOf(revisions.values());
    }

    private static String record(String aggregate, String id) {
        return aggregate + "#" + id;
    }

    private static Keyset keyOf(Revision revision) {
        return new Keyset(String.format("%019d", revision.version()), revision.key());
    }
}

package org.entente.storage.memory;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.entente.application.history.Revision;
import org.entente.application.page.Keyset;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.Revisions;

/** The revision log in memory: revisions by key, the first append of a key kept. */
final class InMemoryRevisions implements Revisions {
    private final ConcurrentMap<String, Revision> byKey = new ConcurrentHashMap<>();

    @Override
    public void append(Revision revision) {
        byKey.putIfAbsent(revision.key(), revision);
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

    private List<Revision> of(String aggregate, String id) {
        return byKey.values().stream().filter(r -> r.aggregate().equals(aggregate) && r.id().equals(id)).toList();
    }

    private static Keyset keyOf(Revision revision) {
        return new Keyset(String.format("%019d", revision.version()), revision.key());
    }
}

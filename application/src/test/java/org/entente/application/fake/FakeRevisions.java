package org.entente.application.fake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.entente.application.history.Revision;
import org.entente.application.page.Keyset;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.Revisions;

/**
 * A list behind the revision log, for use-case tests. The storage contract appends to it from several threads at
 * once: each append is one step (one revision per key), and readers walk a snapshot.
 */
public final class FakeRevisions implements Revisions, FakeTransactions.Restorable {
    public final List<Revision> appended = new CopyOnWriteArrayList<>();

    @Override
    public synchronized void append(Revision revision) {
        if (appended.stream().noneMatch(r -> r.key().equals(revision.key()))) {
            appended.add(revision);
        }
    }

    @Override
    public Page<Revision> history(String aggregate, String id, PageRequest request) {
        List<Revision> all = appended.stream().filter(r -> r.aggregate().equals(aggregate) && r.id().equals(id))
                .filter(r -> request.admits(keyOf(r))).sorted(Comparator.comparing(FakeRevisions::keyOf)).toList();
        List<Revision> window = request.fromEnd()
                ? all.subList(Math.max(0, all.size() - request.size() - 1), all.size())
                : all.subList(0, Math.min(all.size(), request.size() + 1));
        return Page.cut(window, request);
    }

    @Override
    public long count(String aggregate, String id) {
        return appended.stream().filter(r -> r.aggregate().equals(aggregate) && r.id().equals(id)).count();
    }

    @Override
    public Map<String, Page<Revision>> histories(String aggregate, Collection<String> ids, PageRequest request) {
        Map<String, Page<Revision>> histories = new LinkedHashMap<>();
        ids.forEach(id -> histories.put(id, history(aggregate, id, request)));
        return histories;
    }

    @Override
    public Map<String, Long> counts(String aggregate, Collection<String> ids) {
        Map<String, Long> counts = new LinkedHashMap<>();
        ids.forEach(id -> counts.put(id, count(aggregate, id)));
        return counts;
    }

    @Override
    public Runnable copy() {
        List<Revision> copy = new ArrayList<>(appended);
        return () -> {
            synchronized (this) {
                appended.clear();
                appended.addAll(copy);
            }
        };
    }

    private static Keyset keyOf(Revision r) {
        return Revision.keyOf(r);
    }
}

package org.entente.application.service;

import java.util.Collection;
import java.util.Map;
import org.entente.application.history.Revision;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.in.ReadHistory;
import org.entente.application.port.out.Revisions;

/** Reads the revision log. */
public final class ReadHistoryService implements ReadHistory {
    private final Revisions revisions;

    public ReadHistoryService(Revisions revisions) {
        this.revisions = revisions;
    }

    @Override
    public Page<Revision> history(String aggregate, String id, PageRequest request) {
        return revisions.history(aggregate, id, request);
    }

    @Override
    public long countHistory(String aggregate, String id) {
        return revisions.count(aggregate, id);
    }

    @Override
    public Map<String, Page<Revision>> histories(String aggregate, Collection<String> ids, PageRequest request) {
        return ids.isEmpty() ? Map.of() : revisions.histories(aggregate, ids, request);
    }

    @Override
    public Map<String, Long> countHistories(String aggregate, Collection<String> ids) {
        return ids.isEmpty() ? Map.of() : revisions.counts(aggregate, ids);
    }
}

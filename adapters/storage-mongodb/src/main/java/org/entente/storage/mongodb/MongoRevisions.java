package org.entente.storage.mongodb;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.entente.application.history.Revision;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.Revisions;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The revision log in MongoDB, collection {@code revisions}: inserts only, a repeated key refused and ignored. */
final class MongoRevisions implements Revisions {
    private final MongoTemplate mongo;
    private final WriteUnits units;

    MongoRevisions(MongoSite site) {
        this.mongo = site.mongo();
        this.units = site.units();
    }

    @Override
    public void append(Revision revision) {
        units.write(() -> {
            try {
                mongo.insert(RevisionMapper.MAPPER.toDocument(revision));
            } catch (DuplicateKeyException alreadyAppended) {
                // The same revision again: the log keeps the first.
            }
            return null;
        });
    }

    @Override
    public Page<Revision> history(String aggregate, String id, PageRequest request) {
        List<Criteria> conditions = new ArrayList<>();
        conditions.add(of(aggregate, id));
        if (request.after() != null) {
            conditions.add(Keysets.beyond("sortKey", request.after(), true));
        }
        if (request.before() != null) {
            conditions.add(Keysets.beyond("sortKey", request.before(), false));
        }
        Sort.Direction direction = request.fromEnd() ? Sort.Direction.DESC : Sort.Direction.ASC;
        Query query = Query.query(MongoAggregateStore.allOf(conditions)).with(Sort.by(direction, "sortKey", "_id"))
                .limit(request.size() + 1).cursorBatchSize(request.size() + 1);
        List<Revision> window = new ArrayList<>(mongo.find(query, RevisionDocument.class).stream()
                .map(RevisionMapper.MAPPER::toRevision).toList());
        if (request.fromEnd()) {
            Collections.reverse(window);
        }
        return Page.cut(window, request);
    }

    @Override
    public long count(String aggregate, String id) {
        return mongo.count(Query.query(of(aggregate, id)), RevisionDocument.class);
    }

    /** One find over the records' revisions, in version order, grouped by record. */
    @Override
    public Map<String, List<Revision>> historiesOf(String aggregate, Collection<String> ids) {
        Criteria records = Criteria.where("aggregate").is(aggregate).and("recordId").in(new LinkedHashSet<>(ids));
        Query query = Query.query(records)
                .with(Sort.by(Sort.Direction.ASC, "sortKey", "_id"));
        Map<String, List<Revision>> histories = new LinkedHashMap<>();
        for (RevisionDocument document : mongo.find(query, RevisionDocument.class)) {
            Revision revision = RevisionMapper.MAPPER.toRevision(document);
            histories.computeIfAbsent(revision.id(), id -> new ArrayList<>()).add(revision);
        }
        return histories;
    }

    private static Criteria of(String aggregate, String id) {
        return Criteria.where("aggregate").is(aggregate).and("recordId").is(id);
    }
}

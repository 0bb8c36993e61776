package org.entente.storage.mongodb;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.bson.Document;
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
    private final MongoSite site;
    private final WriteUnits units;

    MongoRevisions(MongoSite site) {
        this.mongo = site.mongo();
        this.site = site;
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

    /** The same page of each record's history, one branch per record (see {@link Branches}). */
    @Override
    public Map<String, Page<Revision>> histories(String aggregate, Collection<String> ids, PageRequest request) {
        Map<String, Page<Revision>> histories = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return histories;
        }
        List<Criteria> bounds = new ArrayList<>();
        if (request.after() != null) {
            bounds.add(Keysets.beyond("sortKey", request.after(), true));
        }
        if (request.before() != null) {
            bounds.add(Keysets.beyond("sortKey", request.before(), false));
        }
        int direction = request.fromEnd() ? -1 : 1;
        Map<String, List<Document>> branches = new LinkedHashMap<>();
        for (String id : new LinkedHashSet<>(ids)) {
            branches.put(id, List.of(of(aggregate, id).getCriteriaObject(),
                    new Document("$sort", new Document("sortKey", direction).append("_id", direction)),
                    new Document("$limit", request.size() + 1)));
        }
        site.branches().run(mongo, collection(), MongoAggregateStore.allOf(bounds).getCriteriaObject(), branches)
                .forEach((id, documents) -> {
                    List<Revision> window = new ArrayList<>(documents.stream().map(this::read).toList());
                    if (request.fromEnd()) {
                        Collections.reverse(window);
                    }
                    histories.put(id, Page.cut(window, request));
                });
        return histories;
    }

    /** How many revisions each record has, counted by the server in one aggregation. */
    @Override
    public Map<String, Long> counts(String aggregate, Collection<String> ids) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        Map<String, List<Document>> branches = new LinkedHashMap<>();
        for (String id : new LinkedHashSet<>(ids)) {
            branches.put(id, List.of(of(aggregate, id).getCriteriaObject(), new Document("$count", "n")));
        }
        site.branches().run(mongo, collection(), new Document(), branches).forEach((id, documents) ->
                counts.put(id, documents.isEmpty() ? 0L : ((Number) documents.get(0).get("n")).longValue()));
        return counts;
    }

    private Revision read(Document document) {
        site.documentsRead().incrementAndGet();
        return RevisionMapper.MAPPER.toRevision(mongo.getConverter().read(RevisionDocument.class, document));
    }

    private String collection() {
        return mongo.getCollectionName(RevisionDocument.class);
    }

    private static Criteria of(String aggregate, String id) {
        return Criteria.where("aggregate").is(aggregate).and("recordId").is(id);
    }
}

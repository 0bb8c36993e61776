package org.entente.storage.mongodb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * One aggregation that runs a pipeline per key over one collection and returns each key's documents: the pages,
 * counts and sums of many parents in one round trip. On a MongoDB server each pipeline is a {@code $unionWith}
 * branch of its own, which an index serves as if it ran alone; mongo-java-server has no {@code $unionWith}, so
 * there the documents any branch may want are matched once and shared out with {@code $facet} (it scans anyway).
 */
enum Branches {
    /** {@code $unionWith}: every branch reads what its own index range gives, and no more. */
    UNION {
        @Override
        <K> Map<K, List<Document>> run(MongoTemplate mongo, String collection, Document shared,
                                       Map<K, List<Document>> branches) {
            List<K> keys = new ArrayList<>(branches.keySet());
            List<Document> pipeline = new ArrayList<>();
            for (int b = 0; b < keys.size(); b++) {
                List<Document> branch = new ArrayList<>();
                branch.add(new Document("$match", both(shared, branches.get(keys.get(b)).get(0))));
                branch.addAll(branches.get(keys.get(b)).subList(1, branches.get(keys.get(b)).size()));
                branch.add(new Document("$addFields", new Document(BRANCH, b)));
                if (b == 0) {
                    pipeline.addAll(branch);
                } else {
                    pipeline.add(new Document("$unionWith", new Document("coll", collection).append("pipeline", branch)));
                }
            }
            Map<K, List<Document>> results = emptyResults(keys);
            for (Document document : mongo.getCollection(collection).aggregate(pipeline).batchSize(BATCH)) {
                results.get(keys.get(document.getInteger(BRANCH))).add(document);
            }
            return results;
        }
    },
    /** {@code $facet} after one {@code $match} of what any branch may want. */
    FACET {
        @Override
        <K> Map<K, List<Document>> run(MongoTemplate mongo, String collection, Document shared,
                                       Map<K, List<Document>> branches) {
            List<K> keys = new ArrayList<>(branches.keySet());
            List<Document> anyBranch = new ArrayList<>();
            Document facets = new Document();
            for (int b = 0; b < keys.size(); b++) {
                List<Document> branch = branches.get(keys.get(b));
                anyBranch.add(branch.get(0));
                List<Document> stages = new ArrayList<>();
                stages.add(new Document("$match", branch.get(0)));
                stages.addAll(branch.subList(1, branch.size()));
                facets.append("b" + b, stages);
            }
            List<Document> pipeline = List.of(
                    new Document("$match", both(shared, anyBranch.size() == 1 ? anyBranch.get(0)
                            : new Document("$or", anyBranch))),
                    new Document("$facet", facets));
            Map<K, List<Document>> results = emptyResults(keys);
            Document answer = mongo.getCollection(collection).aggregate(pipeline).first();
            for (int b = 0; b < keys.size(); b++) {
                results.get(keys.get(b)).addAll(answer == null ? List.of() : answer.getList("b" + b, Document.class));
            }
            return results;
        }
    };

    private static final String BRANCH = "_branch";
    private static final int BATCH = 100_000;

    /**
     * Runs {@code branches}: each key's pipeline, whose first stage is the filter of a {@code $match} (the others
     * are stages as they are), every branch also held to {@code shared} (a keyset bound, or nothing).
     */
    abstract <K> Map<K, List<Document>> run(MongoTemplate mongo, String collection, Document shared,
                                            Map<K, List<Document>> branches);

    private static Document both(Document shared, Document filter) {
        if (shared.isEmpty()) {
            return filter;
        }
        return filter.isEmpty() ? shared : new Document("$and", List.of(filter, shared));
    }

    private static <K> Map<K, List<Document>> emptyResults(List<K> keys) {
        Map<K, List<Document>> results = new LinkedHashMap<>();
        keys.forEach(key -> results.put(key, new ArrayList<>()));
        return results;
    }
}

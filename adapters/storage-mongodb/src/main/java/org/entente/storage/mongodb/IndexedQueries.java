package org.entente.storage.mongodb;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.index.IndexResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * Checks every query the driver sends against the indexes the documents declare, by the equality–sort–range rule:
 * a query is served when an index begins with fields it asks to equal (any of them, in any order) and goes on with
 * the fields it sorts on, in that order, so the server walks the index in order from the query's first match
 * instead of reading and sorting the collection; a query with no sort needs an index that begins with one of its
 * fields, a query with no condition at all none. Register it as a command listener while tests run; {@link
 * #unserved()} lists each query shape no index serves, with the index it would need. Startup maintenance that
 * scans on purpose says so in the command's {@code comment} ({@value #MAINTENANCE}) and is left out.
 */
public final class IndexedQueries implements CommandListener {
    static final String MAINTENANCE = "maintenance";
    private static final Set<String> RANGES = Set.of("$gt", "$gte", "$lt", "$lte", "$ne", "$exists", "$regex", "$nin");

    /** What a query asks of one collection: the fields it equals, the fields it sorts on (in order), its ranges. */
    public record Shape(String collection, Set<String> equal, List<String> sorted, Set<String> ranged) {
        /** The index this shape would need: equalities, then the sort, then the ranges. */
        public String wanted() {
            List<String> keys = new ArrayList<>(new TreeSet<>(equal));
            keys.addAll(sorted);
            keys.addAll(new TreeSet<>(ranged));
            return collection + " {" + String.join(", ", keys.stream().distinct().map(k -> k + ": 1").toList()) + "}";
        }
    }

    private final Map<String, List<List<String>>> indexes = new LinkedHashMap<>();
    private final Set<Shape> seen = ConcurrentHashMap.newKeySet();

    /** Reads the indexes every stored document declares, as {@link MongoIndexes#ensure} creates them. */
    public IndexedQueries() {
        MongoMappingContext mapping = new MongoMappingContext();
        IndexResolver resolver = IndexResolver.create(mapping);
        for (Class<?> type : MongoIndexes.DOCUMENTS) {
            String collection = mapping.getRequiredPersistentEntity(type).getCollection();
            List<List<String>> keys = indexes.computeIfAbsent(collection, c -> new ArrayList<>());
            keys.add(List.of("_id"));
            for (IndexDefinition index : resolver.resolveIndexFor(type)) {
                keys.add(new ArrayList<>(index.getIndexKeys().keySet()));
            }
        }
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        BsonDocument command = event.getCommand();
        if (command.containsKey("comment") && MAINTENANCE.equals(command.get("comment").asString().getValue())) {
            return;
        }
        switch (event.getCommandName()) {
            case "find" -> record(command.getString("find").getValue(), command.getDocument("filter", new BsonDocument()),
                    command.getDocument("sort", new BsonDocument()));
            case "count" -> record(command.getString("count").getValue(), command.getDocument("query", new BsonDocument()),
                    new BsonDocument());
            case "aggregate" -> pipeline(command.getString("aggregate").getValue(), command.getArray("pipeline"));
            case "update" -> statements(command.getString("update").getValue(), command.getArray("updates"), "q");
            case "delete" -> statements(command.getString("delete").getValue(), command.getArray("deletes"), "q");
            default -> { }
        }
    }

    /** Every query shape seen that no declared index serves. */
    public List<Shape> unserved() {
        return seen.stream().filter(shape -> !served(shape)).sorted(java.util.Comparator.comparing(Shape::wanted))
                .toList();
    }

    /** Every query shape seen. */
    public Collection<Shape> seen() {
        return List.copyOf(seen);
    }

    private void statements(String collection, BsonArray statements, String filterField) {
        for (BsonValue statement : statements) {
            record(collection, statement.asDocument().getDocument(filterField, new BsonDocument()), new BsonDocument());
        }
    }

    /**
     * The shapes of a pipeline: its leading {@code $match} and {@code $sort}, and those of each branch within it. The
     * branches of a {@code $facet} are what a {@code $unionWith} would send a MongoDB server (the shared match before
     * them is how mongo-java-server, which scans anyway, reads them at once), so they are checked instead of it.
     */
    private void pipeline(String collection, BsonArray stages) {
        BsonDocument match = new BsonDocument();
        BsonDocument sort = new BsonDocument();
        boolean leading = true;
        for (BsonValue stage : stages) {
            BsonDocument s = stage.asDocument();
            if (s.containsKey("$facet")) {
                s.getDocument("$facet").values().forEach(branch -> pipeline(collection, branch.asArray()));
                return;
            }
            if (s.containsKey("$unionWith")) {
                BsonDocument union = s.getDocument("$unionWith");
                pipeline(union.getString("coll").getValue(), union.getArray("pipeline"));
            } else if (leading && s.containsKey("$match")) {
                match = s.getDocument("$match");
            } else if (leading && s.containsKey("$sort")) {
                sort = s.getDocument("$sort");
            } else if (!s.containsKey("$limit")) {
                leading = false;
            }
        }
        record(collection, match, sort);
    }

    private void record(String collection, BsonDocument filter, BsonDocument sort) {
        Set<String> equal = new LinkedHashSet<>();
        Set<String> ranged = new LinkedHashSet<>();
        conditions(filter, equal, ranged);
        List<String> sorted = new ArrayList<>(sort.keySet());
        // a keyset bound is a range on the sort fields, which the index walks in order anyway
        ranged.removeAll(sorted);
        seen.add(new Shape(collection, Set.copyOf(equal), List.copyOf(sorted), Set.copyOf(ranged)));
    }

    private static void conditions(BsonDocument filter, Set<String> equal, Set<String> ranged) {
        for (Map.Entry<String, BsonValue> condition : filter.entrySet()) {
            String field = condition.getKey();
            BsonValue value = condition.getValue();
            if ("$and".equals(field)) {
                value.asArray().forEach(part -> conditions(part.asDocument(), equal, ranged));
            } else if ("$or".equals(field)) {
                // a keyset bound ($or of "past the sort key" and "on it, past the id"), or one of several branches
                for (BsonValue part : value.asArray()) {
                    Set<String> partEqual = new LinkedHashSet<>();
                    conditions(part.asDocument(), partEqual, ranged);
                    ranged.addAll(partEqual);
                }
            } else if (value.isDocument() && value.asDocument().keySet().stream().anyMatch(RANGES::contains)) {
                ranged.add(field);
            } else {
                equal.add(field);
            }
        }
    }

    private boolean served(Shape shape) {
        if (shape.equal().isEmpty() && shape.sorted().isEmpty() && shape.ranged().isEmpty()) {
            return true;
        }
        for (List<String> index : indexes.getOrDefault(shape.collection(), List.of(List.of("_id")))) {
            int at = 0;
            while (at < index.size() && shape.equal().contains(index.get(at))) {
                at++;
            }
            if (shape.sorted().isEmpty()) {
                if (at > 0 || shape.ranged().contains(index.get(0))) {
                    return true;
                }
                continue;
            }
            if (index.size() - at >= shape.sorted().size()
                    && index.subList(at, at + shape.sorted().size()).equals(shape.sorted())) {
                return true;
            }
        }
        return false;
    }
}

package org.entente.bootstrap.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.entente.domain.person.PersonId;
import org.entente.graphql.node.GlobalId;
import org.entente.domain.common.RecordKind;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

/**
 * The six queries the scale benchmark times, each a document under {@code graphql-test/} with its variables, and
 * where the list it pages lies in the answer. Each asks for a page that is full at every size of the generated set
 * (twenty meetings a day, a person at about twenty meetings), so that the sizes compare like with like.
 */
final class ScaleQueries {
    static final String NESTED = "nested page";
    static final int PAGE = 20;
    /** The page the cursor query reads: the fiftieth of twenty, the last one of a set of a thousand meetings. */
    static final int CURSOR_PAGE = 50;
    private static final String AFTER = "graphql-test/scale/meetings-after.graphql";

    /** A query: its name in the tables, document, variables, and the list its answer pages. */
    record ScaleQuery(String name, String document, Map<String, Object> variables, Function<JsonNode, JsonNode> list) {
        int items(JsonNode data) {
            return list.apply(data).size();
        }
    }

    private ScaleQueries() {
    }

    /** The nested meeting page of the adapter's batching test and of bench/nested-meetings.sh, at {@code first}. */
    static ScaleQuery nested(int first) {
        return new ScaleQuery(NESTED, document("graphql-test/nested-meetings.graphql"), Map.of("first", first),
                data -> data.get("meetings").get("nodes"));
    }

    /**
     * The cursor the page before the one the last query reads ends on (null for none), found by walking the pages
     * before it. It marks a place in the order, so it serves every store holding the same set.
     */
    static String cursorBefore(GraphQlOverHttp service) throws Exception {
        String after = document(AFTER);
        String cursor = null;
        for (int page = 1; page < CURSOR_PAGE; page++) {
            JsonNode data = service.data(service.request(after, cursor == null ? Map.of("first", PAGE)
                    : Map.of("first", PAGE, "after", cursor)));
            JsonNode info = data.get("meetings").get("pageInfo");
            if (!info.get("hasNextPage").asBoolean()) {
                break;
            }
            cursor = info.get("endCursor").asString();
        }
        return cursor;
    }

    /** The six queries on a service holding the generated set of {@code meetings} meetings. */
    static List<ScaleQuery> of(int meetings, String cursor) {
        String personId = GlobalId.of(RecordKind.PERSON, new PersonId(new ScaleDataSet(meetings).personId(0, 0)));
        String after = document(AFTER);
        List<ScaleQuery> queries = new ArrayList<>();
        queries.add(nested(PAGE));
        queries.add(new ScaleQuery("date window", document("graphql-test/scale/meetings-in-window.graphql"),
                Map.of("from", "2023-01-31", "to", "2023-02-06", "first", PAGE),
                data -> data.get("meetings").get("nodes")));
        queries.add(new ScaleQuery("name search", document("graphql-test/scale/persons-by-name.graphql"),
                Map.of("name", "nguyen", "first", 5), data -> data.get("persons").get("nodes")));
        queries.add(new ScaleQuery("person's meetings", document("graphql-test/scale/person-meetings.graphql"),
                Map.of("id", personId, "first", 10), data -> data.get("node").get("meetings").get("nodes")));
        queries.add(new ScaleQuery("relation timeline", document("graphql-test/scale/relation-timeline.graphql"),
                Map.of("between", List.of("VN", "JP"), "from", "2023-01-10", "first", PAGE),
                data -> data.get("relation").get("timeline").get("nodes")));
        queries.add(new ScaleQuery("page " + CURSOR_PAGE + " by cursor", after,
                cursor == null ? Map.of("first", PAGE) : Map.of("first", PAGE, "after", cursor),
                data -> data.get("meetings").get("edges")));
        return queries;
    }

    static String document(String resource) {
        try {
            return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}

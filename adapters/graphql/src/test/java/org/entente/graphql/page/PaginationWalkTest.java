package org.entente.graphql.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.entente.graphql.WholeSchemaTest;
import org.entente.graphql.fake.FakeUseCases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Walking any connection page by page, forwards with {@code first/after} or backwards with {@code last/before},
 * yields exactly the whole ordered list: no item skipped, none repeated.
 */
@WholeSchemaTest
@Import(FakeUseCases.class)
class PaginationWalkTest {
    @Autowired
    GraphQlTester graphQlTester;

    /**
     * Every connection type of the schema: the document that reads it (none where the walk reads its nodes' ids,
     * {@link #walkById}), where it sits, and its size here.
     */
    static Stream<Arguments> connections() {
        List<Arguments> all = new ArrayList<>();
        Object[][] connections = {
                {null, "meetings", 7},
                {null, "persons", 6},
                {null, "instruments", 3},
                {null, "events", 4},
                {null, "invitations", 3},
                {null, "relation.meetings", 6},
                {null, "relation.instruments", 3},
                {null, "relation.invitations", 3},
                {null, "relation.events", 4},
                {"walk-relation-commitments", "relation.commitments", 4},
                {"walk-relation-timeline", "relation.timeline", 14},
                {"walk-person-meetings", "node.meetings", 5},
        };
        for (Object[] connection : connections) {
            for (int size : new int[] {1, 2, 3, 100}) {
                all.add(Arguments.of(connection[0], connection[1], connection[2], size));
            }
        }
        return all.stream();
    }

    /** The walk of a root list, or of a list of the VN-JP relation ({@code relation.events}), by its nodes' ids. */
    private static String walkById(String path) {
        String field = path.substring(path.indexOf('.') + 1);
        String connection = field + "(first: $first, after: $after, last: $last, before: $before) {"
                + " totalCount edges { cursor node { id } }"
                + " pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }";
        String read = path.startsWith("relation.") ? "relation(between: [\"VN\", \"JP\"]) { " + connection + " }"
                : connection;
        return "query Walk($first: Int, $after: String, $last: Int, $before: String) { " + read + " }";
    }

    @ParameterizedTest(name = "{1} by {3}")
    @MethodSource("connections")
    void walking_forwards_yields_the_whole_list_once(String document, String path, int size, int pageSize) {
        List<Object> whole = whole(document, path);
        assertThat(whole).hasSize(size).doesNotHaveDuplicates();

        List<Object> walked = new ArrayList<>();
        String after = null;
        int pages = 0;
        while (true) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("first", pageSize);
            variables.put("after", after);
            Page page = read(document, path, variables);
            assertThat(page.nodes).hasSizeLessThanOrEqualTo(pageSize);
            assertThat(page.totalCount).isEqualTo(size);
            assertThat(page.hasPreviousPage).isEqualTo(after != null);
            walked.addAll(page.nodes);
            pages++;
            if (!page.hasNextPage) {
                break;
            }
            assertThat(page.endCursor).isNotNull();
            after = page.endCursor;
            assertThat(pages).as("the walk ends").isLessThan(100);
        }
        assertThat(walked).isEqualTo(whole);
        assertThat(pages).isEqualTo(Math.max(1, (size + pageSize - 1) / pageSize));
    }

    @ParameterizedTest(name = "{1} by {3}")
    @MethodSource("connections")
    void walking_backwards_yields_the_whole_list_once(String document, String path, int size, int pageSize) {
        List<Object> whole = whole(document, path);

        List<List<Object>> pagesFromTheEnd = new ArrayList<>();
        String before = null;
        while (true) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("last", pageSize);
            variables.put("before", before);
            Page page = read(document, path, variables);
            assertThat(page.nodes).hasSizeLessThanOrEqualTo(pageSize);
            assertThat(page.hasNextPage).isEqualTo(before != null);
            pagesFromTheEnd.add(page.nodes);
            if (!page.hasPreviousPage) {
                break;
            }
            before = page.startCursor;
            assertThat(pagesFromTheEnd).as("the walk ends").hasSizeLessThan(100);
        }
        Collections.reverse(pagesFromTheEnd);
        List<Object> walked = pagesFromTheEnd.stream().flatMap(List::stream).toList();
        assertThat(walked).isEqualTo(whole);
    }

    @ParameterizedTest(name = "{1} by {3}")
    @MethodSource("connections")
    void a_cursor_read_again_gives_the_same_page(String document, String path, int size, int pageSize) {
        Map<String, Object> first = new HashMap<>();
        first.put("first", 1);
        String cursor = read(document, path, first).endCursor;
        Map<String, Object> next = new HashMap<>();
        next.put("first", pageSize);
        next.put("after", cursor);
        assertThat(read(document, path, next).nodes).isEqualTo(read(document, path, next).nodes);
        assertThat(read(document, path, first).endCursor).isEqualTo(cursor);
    }

    private List<Object> whole(String document, String path) {
        Map<String, Object> all = new HashMap<>();
        all.put("first", 100);
        Page page = read(document, path, all);
        assertThat(page.hasNextPage).isFalse();
        assertThat(page.hasPreviousPage).isFalse();
        return page.nodes;
    }

    @SuppressWarnings("unchecked")
    private Page read(String document, String path, Map<String, Object> variables) {
        GraphQlTester.Request<?> request = document == null ? graphQlTester.document(walkById(path))
                : graphQlTester.documentName(document);
        for (Map.Entry<String, Object> variable : variables.entrySet()) {
            request = request.variable(variable.getKey(), variable.getValue());
        }
        GraphQlTester.Response response = request.execute();
        response.errors().verify();
        Map<String, Object> connection = response.path(path).entity(Map.class).get();
        List<Map<String, Object>> edges = (List<Map<String, Object>>) connection.get("edges");
        Map<String, Object> info = (Map<String, Object>) connection.get("pageInfo");
        List<Object> nodes = edges.stream().map(edge -> edge.get("node")).toList();
        List<String> cursors = edges.stream().map(edge -> (String) edge.get("cursor")).toList();
        if (!edges.isEmpty()) {
            assertThat(info.get("startCursor")).isEqualTo(cursors.get(0));
            assertThat(info.get("endCursor")).isEqualTo(cursors.get(cursors.size() - 1));
        }
        return new Page(nodes, (Boolean) info.get("hasNextPage"), (Boolean) info.get("hasPreviousPage"),
                (String) info.get("startCursor"), (String) info.get("endCursor"),
                ((Number) connection.get("totalCount")).intValue());
    }

    private record Page(List<Object> nodes, boolean hasNextPage, boolean hasPreviousPage, String startCursor,
                        String endCursor, int totalCount) {
    }
}

package org.entente.graphql.cost;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.introspection.IntrospectionQuery;
import graphql.parser.Parser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.entente.graphql.graphiql.GraphiqlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;

/**
 * The measure of a document, by hand-counted examples: pages at their {@code first}/{@code last} (20 without),
 * lists without pages at the estimate, {@code nodes(ids:)} at its ids, fragments wherever they are spread; and the
 * documented examples inside the default limits, the requests of the issue that asked for limits outside them.
 */
class DocumentMeasureTest {
    static final int LIST = 10;
    static final RequestLimits DEFAULTS = RequestLimits.defaults();

    static DocumentMeasure measure(String document) {
        return measure(document, Map.of());
    }

    static DocumentMeasure measure(String document, Map<String, Object> variables) {
        return DocumentMeasure.of(Schemas.ENTENTE, Parser.parse(document), null, variables, LIST);
    }

    @Test
    void a_page_holds_what_first_asks_and_the_connection_is_one_object_more() {
        assertThat(measure("{ meetings(first: 5) { nodes { id } } }").nodes()).isEqualTo(1 + 5);
        assertThat(measure("{ meetings(last: 4) { nodes { id } } }").nodes()).isEqualTo(1 + 4);
        assertThat(measure("{ meetings { nodes { id } } }").nodes()).isEqualTo(1 + 20);
        assertThat(measure("{ meetings(first: 3) { edges { node { id } } pageInfo { hasNextPage } } }").nodes())
                .isEqualTo(1 + 3 * (1 + 1) + 1);
        assertThat(measure("{ meetings(first: 3) { totalCount } }").nodes()).isEqualTo(1);
    }

    @Test
    void a_page_size_sent_as_a_variable_counts_too() {
        assertThat(measure("query($n: Int) { meetings(first: $n) { nodes { id } } }", Map.of("n", 7)).nodes())
                .isEqualTo(1 + 7);
        assertThat(measure("query($n: Int) { meetings(first: $n) { nodes { id } } }").nodes()).isEqualTo(1 + 20);
    }

    @Test
    void a_list_without_pages_holds_the_estimate_and_nested_lists_multiply() {
        DocumentMeasure nested = measure("{ meetings(first: 2) { nodes { attendances { person { name } } } } }");
        assertThat(nested.nodes()).isEqualTo(1 + 2 * (1 + LIST * (1 + 1)));
        assertThat(nested.depth()).isEqualTo(5);
    }

    @Test
    void nodes_holds_as_many_as_the_ids_it_is_given() {
        assertThat(measure("{ nodes(ids: [\"a\", \"b\", \"c\"]) { id } }").nodes()).isEqualTo(3);
        assertThat(measure("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", Map.of("ids", java.util.List.of("a")))
                .nodes()).isEqualTo(1);
    }

    @Test
    void on_an_interface_the_dearest_type_counts_not_their_sum() {
        DocumentMeasure timeline = measure("""
                { relation(between: ["VN", "JP"]) { timeline(first: 2) { nodes { date
                    ... on MeetingHeld { meeting { title relation { id } } }
                    ... on LevelChange { level { name } } } } } }""");
        // relation 1, the connection 1, two entries each 1 + the meeting and its relation
        assertThat(timeline.nodes()).isEqualTo(1 + 1 + 2 * (1 + 2));
    }

    @Test
    void a_fragment_counts_at_every_spread() {
        DocumentMeasure twice = measure("""
                { a: meetings(first: 2) { ...Page } b: meetings(first: 3) { ...Page } }
                fragment Page on MeetingConnection { nodes { x: id relation { id } } }""");
        assertThat(twice.nodes()).isEqualTo((1 + 2 * 2) + (1 + 3 * 2));
        assertThat(twice.aliases()).isEqualTo(2 + 2);
        assertThat(twice.rootFields()).isEqualTo(2);
        assertThat(twice.depth()).isEqualTo(4);
    }

    @Test
    void the_same_field_twice_is_one_root_field_and_a_mutation_is_counted() {
        assertThat(measure("{ meetings { totalCount } meetings { totalCount } }").rootFields()).isEqualTo(1);
        DocumentMeasure mutation = measure("mutation { registerSource(input: {}) { source { id } userErrors { code } } }");
        assertThat(mutation.mutations()).isEqualTo(1);
        // the request, the payload, its source and its list of user errors, and the mutation's own points
        assertThat(mutation.estimatedCost()).isEqualTo(1 + (1 + 1 + LIST) + DocumentMeasure.MUTATION_POINTS);
    }

    @Test
    void a_fragment_bomb_is_measured_in_a_few_steps_and_comes_to_an_astronomical_figure() {
        StringBuilder bomb = new StringBuilder("{ meetings(first: 100) { nodes { ...F0 } } }\n");
        for (int i = 0; i < 60; i++) {
            bomb.append("fragment F").append(i).append(" on Meeting { a").append(i).append(": relation { id } ...F")
                    .append(i + 1).append(" ...F").append(i + 1).append(" }\n");
        }
        bomb.append("fragment F60 on Meeting { id }");
        DocumentMeasure measure = measure(bomb.toString());
        assertThat(measure.aliases()).isGreaterThan(1e18);
        assertThat(measure.nodes()).isGreaterThan(1e18);
        assertThat(measure.estimatedCost()).isEqualTo(Points.CEILING);
    }

    @Test
    void a_fragment_that_spreads_itself_ends() {
        DocumentMeasure loop = measure("{ meetings { nodes { ...A } } } fragment A on Meeting { id relation { id } ...A }");
        assertThat(loop.depth()).isEqualTo(4);
    }

    static Stream<GraphiqlPage.Example> examples() {
        return GraphiqlPage.examples().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void every_documented_example_is_inside_the_default_limits(GraphiqlPage.Example example) {
        assertInsideDefaults(measure(example.query()));
    }

    @Test
    void the_nested_query_of_the_benchmark_at_a_page_of_100_and_graphiql_s_introspection_are_inside_them()
            throws IOException {
        String nested = new ClassPathResource("graphql-test/nested-meetings.graphql")
                .getContentAsString(StandardCharsets.UTF_8);
        assertInsideDefaults(measure(nested, Map.of("first", 100)));
        assertInsideDefaults(measure(IntrospectionQuery.INTROSPECTION_QUERY));
    }

    @Test
    void the_requests_that_took_the_service_down_are_outside_them() {
        String tenDeep = "{ " + "meetings(first: 100) { nodes { attendances { person { ".repeat(10) + "name"
                + " } } } }".repeat(10) + " }";
        assertThat(measure(tenDeep).depth()).isGreaterThan(DEFAULTS.maxDepth());
        String fiveDeep = "{ " + "meetings(first: 100) { nodes { attendances { person { ".repeat(2) + "name"
                + " } } } }".repeat(2) + " }";
        assertThat(measure(fiveDeep).nodes()).isGreaterThan(DEFAULTS.maxNodes());
        String eightDeepByTwo = "{ " + "meetings(first: 2) { nodes { attendances { person { ".repeat(8) + "name"
                + " } } } }".repeat(8) + " }";
        assertThat(measure(eightDeepByTwo).depth()).isGreaterThan(DEFAULTS.maxDepth());
        String aliased = IntStream.range(0, 200).mapToObj(i -> "m" + i + ": meetings(first: 100) { nodes { title } }")
                .collect(Collectors.joining(" ", "{ ", " }"));
        assertThat(measure(aliased).aliases()).isGreaterThan(DEFAULTS.maxAliases());
        String totals = IntStream.range(0, 1000).mapToObj(i -> "t" + i + ": totalCount")
                .collect(Collectors.joining(" ", "{ meetings { ", " } }"));
        assertThat(measure(totals).aliases()).isGreaterThan(DEFAULTS.maxAliases());
    }

    private static void assertInsideDefaults(DocumentMeasure measure) {
        assertThat(measure.depth()).isLessThanOrEqualTo(DEFAULTS.maxDepth());
        assertThat(measure.aliases()).isLessThanOrEqualTo(DEFAULTS.maxAliases());
        assertThat(measure.rootFields()).isLessThanOrEqualTo(DEFAULTS.maxRootFields());
        assertThat(measure.nodes()).isLessThanOrEqualTo(DEFAULTS.maxNodes());
    }
}

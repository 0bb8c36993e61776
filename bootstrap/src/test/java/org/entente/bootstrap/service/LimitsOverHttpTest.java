package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The limits under their defaults, over HTTP on the shipped data set: every answer says what it was estimated to
 * cost and what it cost (docs/api.md quotes the first example's), the nested query of the benchmark at a page of
 * 100 passes, and each request the issue measured is refused before it runs, with the code, the setting, the
 * maximum and what it found.
 */
@ServiceTest
class LimitsOverHttpTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void the_nested_example_answers_with_its_cost_and_the_caller_s_budget() {
        byte[] body = post(org.entente.graphql.graphiql.GraphiqlPage.examples().get(0).query()).expectStatus().isOk()
                .expectBody()
                .jsonPath("$.errors").doesNotExist()
                // estimated: 1 for the request, and 5 meetings of 10 attendances, each with a person of 10 posts…
                .jsonPath("$.extensions.cost.requestedQueryCost").isEqualTo(1213)
                .jsonPath("$.extensions.cost.throttleStatus.maximumAvailable").isEqualTo(1_000_000)
                .jsonPath("$.extensions.cost.throttleStatus.restoreRate").isEqualTo(10_000.0)
                .jsonPath("$.extensions.cost.throttleStatus.currentlyAvailable").exists()
                .jsonPath("$.extensions.cost.throttleStatus.fullAt").exists()
                .returnResult().getResponseBody();
        JsonNode answer = JSON.readTree(body);
        // what it cost: 1 for the request and 1 for each object the answer holds
        assertThat(answer.path("extensions").path("cost").path("actualQueryCost").asLong())
                .isEqualTo(1 + objectsIn(answer.path("data")) - 1);
        System.out.println("The first example's answer: " + answer.path("extensions"));
    }

    /** The JSON objects in {@code node}, itself included. */
    static long objectsIn(JsonNode node) {
        long count = node.isObject() ? 1 : 0;
        for (JsonNode child : node) {
            count += objectsIn(child);
        }
        return count;
    }

    @Test
    void the_benchmark_s_nested_query_passes_at_a_page_of_100() throws Exception {
        String nested = new org.springframework.core.io.ClassPathResource("graphql-test/nested-meetings.graphql")
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        post(nested, Map.of("first", 100)).expectStatus().isOk().expectBody()
                .jsonPath("$.errors").doesNotExist()
                .jsonPath("$.data.meetings.nodes.length()").isEqualTo(18)
                .jsonPath("$.extensions.cost.requestedQueryCost").isEqualTo(150_002);
    }

    @Test
    void ten_levels_of_meetings_attendances_and_persons_are_too_deep() {
        refused("{ " + "meetings(first: 100) { nodes { attendances { person { ".repeat(10) + "name"
                + " } } } }".repeat(10) + " }", "QUERY_TOO_DEEP", "entente.limits.max-depth", 15, 41);
    }

    @Test
    void two_levels_of_pages_of_100_may_return_too_many_objects() {
        refused("{ " + "meetings(first: 100) { nodes { attendances { person { ".repeat(2) + "name"
                + " } } } }".repeat(2) + " }", "TOO_MANY_NODES", "entente.limits.max-nodes", 500_000, 2_103_101);
    }

    @Test
    void two_hundred_aliased_pages_and_a_thousand_aliased_totals_hold_too_many_aliases() {
        refused(IntStream.range(0, 200).mapToObj(i -> "m" + i + ": meetings(first: 100) { nodes { title "
                        + "attendances { person { name } } } }").collect(Collectors.joining(" ", "{ ", " }")),
                "TOO_MANY_ALIASES", "entente.limits.max-aliases", 50, 200);
        refused(IntStream.range(0, 1000).mapToObj(i -> "t" + i + ": totalCount")
                        .collect(Collectors.joining(" ", "{ meetings { ", " } }")),
                "TOO_MANY_ALIASES", "entente.limits.max-aliases", 50, 1000);
    }

    @Test
    void twenty_one_root_fields_are_too_many() {
        refused("{ meetings { totalCount } persons { totalCount } instruments { totalCount } events { totalCount } "
                        + "invitations { totalCount } relation(between: [\"VN\", \"JP\"]) { id } " + IntStream.range(0, 15)
                        .mapToObj(i -> "country(code: \"VN\") { n" + i + ": name }").limit(1).collect(Collectors.joining())
                        + IntStream.range(0, 14).mapToObj(i -> " node" + i + ": node(id: \"x\") { id }")
                        .collect(Collectors.joining()) + " }",
                "TOO_MANY_ROOT_FIELDS", "entente.limits.max-root-fields", 20, 21);
    }

    private void refused(String document, String code, String limit, long maximum, long found) {
        post(document).expectStatus().isOk().expectBody()
                .jsonPath("$.data").doesNotExist()
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].message").value(String.class, message ->
                        assertThat(message).contains(limit))
                .jsonPath("$.errors[0].extensions.code").isEqualTo(code)
                .jsonPath("$.errors[0].extensions.limit").isEqualTo(limit)
                .jsonPath("$.errors[0].extensions.maximum").isEqualTo(maximum)
                .jsonPath("$.errors[0].extensions.found").isEqualTo(found)
                .jsonPath("$.extensions.cost.actualQueryCost").isEqualTo(1);
    }

    private WebTestClient.ResponseSpec post(String document) {
        return post(document, Map.of());
    }

    private WebTestClient.ResponseSpec post(String document, Map<String, Object> variables) {
        return ServiceClient.http(port).post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(JSON.writeValueAsString(Map.of("query", document, "variables", variables))).exchange();
    }
}

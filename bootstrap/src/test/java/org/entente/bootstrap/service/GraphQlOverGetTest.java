package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL by GET on the whole service (in the context {@link MutationAccessTest} uses: a reader's and an editor's
 * key): a query by GET answers what the same query by POST answers and passes the same checks (key, limits,
 * budget); a mutation by GET never runs, whoever sends it and however (its text or its hash), and is 405 with
 * {@code Allow: POST}; the answer's type follows {@code Accept}; and every 4xx the service answers, by any method,
 * carries a JSON error with a code. A GET needing a key where reads do is {@code AccessTest.WithClosedReads}'s; a
 * 403 with its JSON error, {@code ProductionProfileTest}'s.
 */
@ServiceTest
@TestPropertySource(properties = {AccessTest.Keys.READER, AccessTest.Keys.READER_ROLE, AccessTest.Keys.READER_SHA,
        AccessTest.Keys.EDITOR, AccessTest.Keys.EDITOR_ROLE, AccessTest.Keys.EDITOR_SHA})
class GraphQlOverGetTest {
    static final String READER = "reader-secret";
    static final String EDITOR = "editor-secret";
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    static final String MEETINGS = "query Titles($first: Int) { meetings(first: $first) { totalCount nodes { id title } } }";
    /** A source no test of this class may create: the id is base64url("Source:by-get"). */
    static final String REGISTER = "mutation { registerSource(input: { localId: \"by-get\", language: \"en\", text: \"t\" }) "
            + "{ source { id } userErrors { code } } }";
    static final String SOURCE_BY_GET = "U291cmNlOmJ5LWdldA";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @Test
    void a_query_by_get_answers_what_the_same_query_by_post_answers() throws Exception {
        Answer byGet = get(READER, null, Map.of("query", MEETINGS, "variables", "{\"first\":3}",
                "operationName", "Titles"));
        Answer byPost = post(READER, null, JSON.writeValueAsString(Map.of("query", MEETINGS,
                "variables", Map.of("first", 3), "operationName", "Titles")));
        assertThat(byGet.status()).isEqualTo(200);
        assertThat(byGet.type()).startsWith("application/json");
        assertThat(byGet.json().path("errors").isMissingNode()).isTrue();
        assertThat(byGet.json().path("data").path("meetings").path("nodes").size()).isEqualTo(3);
        assertThat(byGet.json().path("data")).isEqualTo(byPost.json().path("data"));
        // the same budget is spent: every answer says what it cost and what the caller has left
        assertThat(byGet.json().path("extensions").path("cost").path("actualQueryCost").asLong()).isPositive();
        assertThat(byGet.json().path("extensions").path("cost").path("throttleStatus").has("currentlyAvailable"))
                .isTrue();
    }

    @Test
    void a_get_with_a_key_that_is_none_is_refused_as_a_post_is() throws Exception {
        Answer answer = get("not-a-key", null, Map.of("query", "{ __typename }"));
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().path("errors").get(0).path("extensions").path("code").asString())
                .isEqualTo("UNAUTHORIZED");
        assertThat(get(null, null, Map.of("query", "{ __typename }")).status()).isEqualTo(200);
    }

    @Test
    void a_get_is_held_to_the_limits_a_post_is() throws Exception {
        String tooWide = IntStream.rangeClosed(1, 21).mapToObj(i -> "m" + i + ": meetings(first: 1) { totalCount }")
                .collect(Collectors.joining(" ", "{ ", " }"));
        Answer answer = get(READER, GRAPHQL_RESPONSE, Map.of("query", tooWide));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("errors").get(0).path("extensions").path("code").asString())
                .isEqualTo("TOO_MANY_ROOT_FIELDS");
        assertThat(answer.json().has("data")).isFalse();
    }

    @Test
    void the_answer_is_graphql_response_json_when_the_client_prefers_it() throws Exception {
        Answer preferred = get(READER, "application/graphql-response+json, application/json;q=0.9",
                Map.of("query", "{ __typename }"));
        assertThat(preferred.status()).isEqualTo(200);
        assertThat(preferred.type()).startsWith(GRAPHQL_RESPONSE);
        Answer jsonPreferred = get(READER, "application/graphql-response+json;q=0.5, application/json",
                Map.of("query", "{ __typename }"));
        assertThat(jsonPreferred.type()).startsWith("application/json");
        assertThat(get(READER, "*/*", Map.of("query", "{ __typename }")).type()).startsWith("application/json");

        // a document that does not validate: 400 without data in graphql-response+json, 200 in application/json
        Answer invalid = get(READER, GRAPHQL_RESPONSE, Map.of("query", "{ noSuchField }"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().has("data")).isFalse();
        assertThat(invalid.json().path("errors").size()).isPositive();
        assertThat(get(READER, "application/json", Map.of("query", "{ noSuchField }")).status()).isEqualTo(200);
    }

    @Test
    void a_mutation_by_get_is_405_and_never_runs_even_with_an_editor_key() throws Exception {
        for (String secret : new String[] {null, READER, EDITOR}) {
            for (String accept : new String[] {null, "application/json", GRAPHQL_RESPONSE}) {
                assertMutationByGetRefused(get(secret, accept, Map.of("query", REGISTER)), secret + ", " + accept);
            }
        }
        // chosen by operationName out of a document that holds a query too
        Answer chosen = get(EDITOR, null, Map.of("query", "query Q { __typename } " + REGISTER.replace("mutation",
                "mutation M"), "operationName", "M"));
        assertThat(chosen.status()).isEqualTo(405);
        assertThat(get(EDITOR, null, Map.of("query", "query Q { __typename } " + REGISTER.replace("mutation",
                "mutation M"), "operationName", "Q")).status()).isEqualTo(200);
        assertThat(sourceCreated()).isFalse();
    }

    @Test
    void a_mutation_known_by_its_hash_is_405_by_get_too() throws Exception {
        String hash = PersistedDocumentsTest.sha256(REGISTER);
        String persisted = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
        // sent once by POST with a reader's key: refused on its field, and its document remembered by its hash
        Answer registered = post(READER, null, JSON.writeValueAsString(Map.of("query", REGISTER,
                "extensions", JSON.readValue(persisted, Map.class))));
        assertThat(registered.json().path("errors").get(0).path("extensions").path("classification").asString())
                .isEqualTo("FORBIDDEN");
        Answer byHash = get(EDITOR, null, Map.of("extensions", persisted));
        assertThat(byHash.status()).isEqualTo(405);
        assertThat(byHash.json().path("errors").get(0).path("extensions").path("code").asString())
                .isEqualTo("MUTATION_BY_GET");
        assertThat(sourceCreated()).isFalse();
    }

    @Test
    void a_persisted_query_goes_by_get_as_apollo_sends_it() throws Exception {
        String document = "query Five { meetings(first: 5) { nodes { id } } }";
        String persisted = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\""
                + PersistedDocumentsTest.sha256(document) + "\"}}";
        Answer unknown = get(READER, null, Map.of("extensions", persisted));
        assertThat(unknown.json().path("errors").get(0).path("extensions").path("code").asString())
                .isEqualTo("PERSISTED_QUERY_NOT_FOUND");
        Answer sent = get(READER, null, Map.of("query", document, "extensions", persisted));
        assertThat(sent.json().path("data").path("meetings").path("nodes").size()).isEqualTo(5);
        Answer known = get(READER, GRAPHQL_RESPONSE, Map.of("extensions", persisted));
        assertThat(known.status()).isEqualTo(200);
        assertThat(known.json().path("data")).isEqualTo(sent.json().path("data"));
    }

    @Test
    void malformed_get_parameters_are_400_naming_the_parameter() throws Exception {
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("", "needs the parameter 'query'");
        refused.put("variables=%7Bnot+json&query=%7B__typename%7D", "'variables' is no JSON");
        refused.put("variables=%5B1%5D&query=%7B__typename%7D", "'variables' must be a JSON object, not an array");
        refused.put("extensions=5&query=%7B__typename%7D", "'extensions' must be a JSON object, not a number");
        refused.put("query=%7B__typename%7D&query=%7B__typename%7D", "'query' is given 2 times");
        for (Map.Entry<String, String> each : refused.entrySet()) {
            Answer answer = send(HttpRequest.newBuilder(URI.create(base() + "/graphql?" + each.getKey()))
                    .header("Authorization", "Bearer " + READER).GET());
            assertThat(answer.status()).as(each.getKey()).isEqualTo(400);
            JsonNode error = answer.json().path("errors").get(0);
            assertThat(error.path("extensions").path("code").asString()).isEqualTo("REQUEST_UNREADABLE");
            assertThat(error.path("message").asString()).as(each.getKey()).contains(each.getValue());
        }
    }

    @Test
    void a_post_whose_fields_are_of_the_wrong_kind_is_400_naming_the_field() throws Exception {
        Map<String, String> refused = Map.of(
                "{\"query\": 0}", "'query' must be a string (the GraphQL document), not a number",
                "{\"query\": \"{ __typename }\", \"operationName\": false}", "'operationName' must be a string, not a boolean",
                "{\"query\": \"{ __typename }\", \"variables\": \"x\"}", "'variables' must be a JSON object, not a string");
        for (Map.Entry<String, String> each : refused.entrySet()) {
            Answer answer = post(READER, null, each.getKey());
            assertThat(answer.status()).as(each.getKey()).isEqualTo(400);
            assertThat(answer.json().path("errors").get(0).path("message").asString()).contains(each.getValue());
        }
    }

    @Test
    void every_4xx_carries_a_json_error_with_a_code() throws Exception {
        String typename = "/graphql?query=%7B__typename%7D";
        Map<String, HttpRequest.Builder> requests = new LinkedHashMap<>();
        requests.put("401 no such key", HttpRequest.newBuilder(URI.create(base() + typename))
                .header("Authorization", "Bearer not-a-key").GET());
        requests.put("404 nothing there", keyed(HttpRequest.newBuilder(URI.create(base() + "/nothing")).GET()));
        requests.put("405 PUT", keyed(HttpRequest.newBuilder(URI.create(base() + "/graphql"))
                .PUT(HttpRequest.BodyPublishers.ofString("{}"))));
        requests.put("405 DELETE", keyed(HttpRequest.newBuilder(URI.create(base() + typename)).DELETE()));
        requests.put("406 html only", keyed(HttpRequest.newBuilder(URI.create(base() + typename))
                .header("Accept", "text/html").GET()));
        requests.put("406 events by GET", keyed(HttpRequest.newBuilder(URI.create(base() + typename))
                .header("Accept", "text/event-stream").GET()));
        requests.put("415 text", keyed(HttpRequest.newBuilder(URI.create(base() + "/graphql"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{ __typename }"))));
        requests.put("400 url too long", keyed(HttpRequest.newBuilder(URI.create(base() + "/graphql?query="
                + "%7B" + "__typename+".repeat(1_000) + "%7D")).GET()));
        for (Map.Entry<String, HttpRequest.Builder> each : requests.entrySet()) {
            Answer answer = send(each.getValue());
            int expected = Integer.parseInt(each.getKey().substring(0, 3));
            assertThat(answer.status()).as(each.getKey()).isEqualTo(expected);
            assertThat(answer.type()).as(each.getKey()).startsWith("application/json");
            JsonNode error = answer.json().path("errors").get(0);
            assertThat(error.path("message").asString()).as(each.getKey()).isNotBlank();
            assertThat(error.path("extensions").path("code").asString()).as(each.getKey()).isNotBlank();
        }
        RawHttp.Answer tooLarge = RawHttp.exchange(port, RawHttp.post("/graphql", "application/json",
                new byte[2 * 1024 * 1024], Map.of("Authorization", "Bearer " + READER)), Duration.ofSeconds(10));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(JSON.readTree(tooLarge.body()).path("errors").get(0).path("extensions").path("code").asString())
                .isEqualTo("BODY_TOO_LARGE");
    }

    private static void assertMutationByGetRefused(Answer answer, String sent) {
        assertThat(answer.status()).as(sent).isEqualTo(405);
        assertThat(answer.headers().firstValue("allow")).as(sent).hasValue("POST");
        JsonNode error = answer.json().path("errors").get(0);
        assertThat(error.path("extensions").path("code").asString()).as(sent).isEqualTo("MUTATION_BY_GET");
        assertThat(error.path("message").asString()).contains("POST");
        assertThat(answer.json().has("data")).as(sent).isFalse();
    }

    private boolean sourceCreated() throws Exception {
        Answer answer = post(READER, null, JSON.writeValueAsString(Map.of("query",
                "{ node(id: \"" + SOURCE_BY_GET + "\") { id } }")));
        assertThat(answer.json().path("errors").isMissingNode()).as(answer.body()).isTrue();
        return !answer.json().path("data").path("node").isNull();
    }

    private HttpRequest.Builder keyed(HttpRequest.Builder request) {
        return request.header("Authorization", "Bearer " + READER);
    }

    private Answer get(String secret, String accept, Map<String, String> parameters) throws Exception {
        String query = parameters.entrySet().stream()
                .map(each -> each.getKey() + "=" + URLEncoder.encode(each.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + "/graphql?" + query)).GET();
        if (secret != null) {
            request.header("Authorization", "Bearer " + secret);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request);
    }

    private Answer post(String secret, String accept, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("Authorization", "Bearer " + secret);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request);
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers(), response.body());
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    record Answer(int status, java.net.http.HttpHeaders headers, String body) {
        String type() {
            return headers.firstValue("content-type").orElse("");
        }

        JsonNode json() {
            assertThat(body).as("a JSON body (status %d)", status).isNotBlank();
            return JSON.readTree(body);
        }
    }
}

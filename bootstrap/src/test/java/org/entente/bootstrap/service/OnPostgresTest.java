package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.application.dataset.DataSet;
import org.entente.application.port.in.ExportDataSet;
import org.entente.application.port.out.RunningStore;
import org.entente.bootstrap.EntenteApplication;
import org.entente.graphql.graphiql.GraphiqlPage;
import org.entente.storage.postgresql.PostgresServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The service on PostgreSQL, started as {@code java -jar entente.jar --entente.storage=postgresql
 * --spring.datasource.url=… --spring.datasource.username=postgres} starts it, on an empty database of the tests'
 * server ({@link PostgresServers}): it loads the shipped data set; every documented example, and every error example,
 * answers exactly as it does on the in-memory store, the reference; every connection, walked page by page forward
 * and backward, holds what one page of it holds, as many as its total says; and after a restart every record is
 * there with every field and version, and the data set is not loaded again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OnPostgresTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int WALK_PAGE = 2;

    private String database;
    private ConfigurableApplicationContext postgres;
    private ConfigurableApplicationContext reference;

    @BeforeAll
    void start() {
        database = PostgresServers.freshDatabase("entente_service");
        postgres = onPostgres();
        reference = start("--entente.storage=memory");
    }

    @AfterAll
    void stop() {
        for (ConfigurableApplicationContext service : new ConfigurableApplicationContext[] {postgres, reference}) {
            if (service != null) {
                service.close();
            }
        }
        if (database != null) {
            PostgresServers.drop(database);
        }
    }

    @Test
    @Order(1)
    void an_empty_database_gets_the_shipped_data_set() {
        assertThat(postgres.getBean(RunningStore.class).description()).startsWith("PostgreSQL 1")
                .contains("database " + database.substring(database.lastIndexOf('/') + 1))
                .contains("synchronous_commit=on");
        DataSet stored = postgres.getBean(ExportDataSet.class).exportDataSet();
        assertThat(stored.meetings()).isNotEmpty().allSatisfy(m -> assertThat(m.version()).isEqualTo(1));
        assertThat(stored).isEqualTo(reference.getBean(ExportDataSet.class).exportDataSet());
    }

    @Test
    @Order(2)
    void every_documented_example_answers_as_on_the_reference_store() {
        List<String> queries = new ArrayList<>();
        GraphiqlPage.examples().forEach(example -> queries.add(example.query()));
        assertThat(queries).as("the documented examples").hasSizeGreaterThanOrEqualTo(8);
        queries.addAll(errorExamples());
        for (String query : queries) {
            JsonNode answer = answer(postgres, query, Map.of());
            assertThat(answer).as("the answer on PostgreSQL to\n%s", query)
                    .isEqualTo(answer(reference, query, Map.of()));
            assertThat(answer.has("data") || answer.has("errors")).isTrue();
        }
    }

    @Test
    @Order(3)
    void every_connection_walks_page_by_page_to_what_one_page_holds() {
        String meeting = answer(postgres, "{ meetings(first: 1) { nodes { id } } }", Map.of())
                .at("/data/meetings/nodes/0/id").stringValue();
        String person = answer(postgres, "{ persons(filter: { name: \"kishida\" }) { nodes { id } } }", Map.of())
                .at("/data/persons/nodes/0/id").stringValue();
        String relation = "relation(between: [\"VN\", \"JP\"])";
        List<Connection> connections = List.of(
                new Connection("meetings(ARGS) PAGE", "/meetings", "{ id }"),
                new Connection("persons(ARGS) PAGE", "/persons", "{ id }"),
                new Connection("instruments(ARGS) PAGE", "/instruments", "{ id }"),
                new Connection("events(ARGS) PAGE", "/events", "{ id }"),
                new Connection("invitations(ARGS) PAGE", "/invitations", "{ id }"),
                new Connection("meetings(filter: { from: \"2023\", to: \"2024-06\" }, ARGS) PAGE", "/meetings", "{ id }"),
                new Connection("persons(filter: { name: \"nguyen\" }, ARGS) PAGE", "/persons", "{ id }"),
                new Connection(relation + " { meetings(ARGS) PAGE }", "/relation/meetings", "{ id }"),
                new Connection(relation + " { instruments(ARGS) PAGE }", "/relation/instruments", "{ id }"),
                new Connection(relation + " { invitations(ARGS) PAGE }", "/relation/invitations", "{ id }"),
                new Connection(relation + " { events(ARGS) PAGE }", "/relation/events", "{ id }"),
                new Connection(relation + " { commitments(ARGS) PAGE }", "/relation/commitments",
                        "{ key meeting { id } }"),
                new Connection(relation + " { timeline(ARGS) PAGE }", "/relation/timeline", "{ __typename date }"),
                new Connection("node(id: \"" + person + "\") { ... on Person { meetings(ARGS) PAGE } }",
                        "/node/meetings", "{ id }"),
                new Connection("node(id: \"" + meeting + "\") { ... on Meeting { history(ARGS) PAGE } }",
                        "/node/history", "{ version }"));
        for (Connection connection : connections) {
            JsonNode whole = connection.page(postgres, "first: 100");
            List<JsonNode> all = new ArrayList<>();
            whole.get("nodes").forEach(all::add);
            assertThat(all).as("%s: one page holds it all", connection).hasSize(whole.get("totalCount").intValue());
            assertThat(all).as("%s: it is not empty", connection).isNotEmpty();
            assertThat(connection.walk(postgres, true)).as("%s, walked forward", connection).isEqualTo(all);
            if (!connection.at().endsWith("history")) {
                assertThat(connection.walk(postgres, false)).as("%s, walked backward", connection).isEqualTo(all);
            }
            assertThat(whole).as("%s, on the reference store", connection)
                    .isEqualTo(connection.page(reference, "first: 100"));
        }
    }

    @Test
    @Order(4)
    void a_restarted_service_finds_every_record_at_the_same_version_and_loads_nothing_again() {
        DataSet before = postgres.getBean(ExportDataSet.class).exportDataSet();
        JsonNode nested = answer(postgres, GraphiqlPage.examples().get(0).query(), Map.of());
        postgres.close();
        postgres = onPostgres();

        DataSet after = postgres.getBean(ExportDataSet.class).exportDataSet();
        assertThat(after).isEqualTo(before);
        assertThat(after.meetings()).allSatisfy(m -> assertThat(m.version()).isEqualTo(1));
        assertThat(answer(postgres, GraphiqlPage.examples().get(0).query(), Map.of())).isEqualTo(nested);
    }

    /**
     * One connection of the schema: the query that reaches it, with {@code ARGS} where the page's arguments go and
     * {@code PAGE} where its selection goes; where it is in the answer; what to select of each node.
     */
    private record Connection(String query, String at, String node) {
        /** One page of it: its nodes, total, page info and cursors. */
        JsonNode page(ConfigurableApplicationContext service, String page) {
            String document = "{ " + query.replace("ARGS", page).replace("PAGE", "{ totalCount nodes " + node
                    + " edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }") + " }";
            JsonNode answer = answer(service, document, Map.of());
            assertThat(answer.has("errors")).as("errors of %s: %s", document, answer).isFalse();
            return answer.at("/data" + at);
        }

        /** Every node, page after page of two, from the first on (or from the last back), in ascending order. */
        List<JsonNode> walk(ConfigurableApplicationContext service, boolean forward) {
            List<JsonNode> walked = new ArrayList<>();
            String cursor = null;
            for (int pages = 0; pages < 1_000; pages++) {
                String page = forward ? "first: " + WALK_PAGE + (cursor == null ? "" : ", after: \"" + cursor + "\"")
                        : "last: " + WALK_PAGE + (cursor == null ? "" : ", before: \"" + cursor + "\"");
                JsonNode found = page(service, page);
                List<JsonNode> nodes = new ArrayList<>();
                found.get("nodes").forEach(nodes::add);
                assertThat(nodes.size()).as("%s: a page of at most %d", this, WALK_PAGE).isLessThanOrEqualTo(WALK_PAGE);
                walked.addAll(forward ? walked.size() : 0, nodes);
                JsonNode info = found.get("pageInfo");
                if (!info.get(forward ? "hasNextPage" : "hasPreviousPage").booleanValue()) {
                    return walked;
                }
                cursor = info.get(forward ? "endCursor" : "startCursor").stringValue();
            }
            throw new AssertionError(this + " never ended");
        }
    }

    private ConfigurableApplicationContext onPostgres() {
        return start("--entente.storage=postgresql", "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + PostgresServers.server().user(),
                "--spring.datasource.password=" + PostgresServers.server().password());
    }

    private static ConfigurableApplicationContext start(String... arguments) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.mongodb.uri=",
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(arguments));
        return new SpringApplicationBuilder(EntenteApplication.class).run(args.toArray(String[]::new));
    }

    /**
     * The whole JSON answer of the service to {@code query}, errors and all, but the caller's budget: when it is full
     * again moves with the clock, whichever store answered.
     */
    private static JsonNode answer(ConfigurableApplicationContext service, String query, Map<String, Object> variables) {
        int port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
        String body = ServiceClient.http(port).post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", query, "variables", variables)).exchange()
                .expectBody(String.class).returnResult().getResponseBody();
        JsonNode answer = JSON.readTree(body);
        if (answer.at("/extensions/cost") instanceof ObjectNode cost) {
            cost.remove("throttleStatus");
        }
        return answer;
    }

    private static List<String> errorExamples() {
        try {
            List<String> queries = new ArrayList<>();
            for (Resource file : new PathMatchingResourcePatternResolver()
                    .getResources("classpath:graphiql/errors/*.graphql")) {
                queries.add(file.getContentAsString(StandardCharsets.UTF_8));
            }
            assertThat(queries).as("the error examples").isNotEmpty();
            return queries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

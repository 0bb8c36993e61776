package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.entente.graphql.graphiql.GraphiqlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;

/**
 * The example queries that GraphiQL opens with and docs/api.md shows, run over HTTP against the service with its
 * shipped data set: each answers without errors and with the data the docs show; the error examples fail as the
 * docs say; the SDL and the GraphiQL page are served.
 */
@ServiceTest
class ExampleQueriesOverHttpTest {
    @LocalServerPort
    int port;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void connect() {
        graphQl = ServiceClient.graphQl(port);
    }

    static Stream<GraphiqlPage.Example> examples() {
        return GraphiqlPage.examples().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void every_example_answers_without_errors_and_with_data(GraphiqlPage.Example example) {
        GraphQlTester.Response response = graphQl.document(example.query()).execute();
        response.errors().verify();
        Map<?, ?> data = response.path("").entity(Map.class).get();
        assertThat(data).isNotEmpty().doesNotContainValue(null);
    }

    @Test
    void the_nested_example_reaches_attendances_persons_and_their_posts() {
        graphQl.document(example("01-meetings-attendees-posts.graphql")).execute()
                .path("meetings.totalCount").entity(Integer.class).isEqualTo(3)
                .path("meetings.nodes[*].attendances[*].person.name").entityList(String.class)
                .contains("Vo Van Thuong", "Fumio Kishida", "Toshihiro Nikai", "Suga Yoshihide")
                .path("meetings.nodes[*].attendances[*].person.posts[*].organization.name").entityList(String.class)
                .contains("Japan-Việt Nam Parliamentary Friendship Alliance");
    }

    @Test
    void the_timeline_example_holds_the_elevation_of_november_2023() {
        graphQl.document(example("02-relation-timeline.graphql")).execute()
                .path("relation.currentLevel.name").entity(String.class)
                .isEqualTo("Comprehensive Strategic Partnership for Peace and Prosperity in Asia and the World")
                .path("relation.currentLevel.since").entity(String.class).isEqualTo("2023-11-27")
                .path("relation.timeline.nodes[*].date").entityList(String.class).contains("2023-11-27", "2024-12")
                .path("relation.timeline.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void a_name_typed_without_diacritics_finds_it_with_them() {
        graphQl.document(example("03-person-by-name-without-diacritics.graphql")).execute()
                .path("persons.nodes[*].name").entityList(String.class).containsExactly("Nguyễn Minh Vũ");
    }

    @Test
    void the_node_example_finds_what_its_ids_name() {
        graphQl.document(example("04-node-lookup.graphql")).execute()
                .path("node.name").entity(String.class).isEqualTo("Nguyễn Minh Vũ")
                .path("nodes[0].title").entity(String.class)
                .isEqualTo("Talks between President Vo Van Thuong and Prime Minister Fumio Kishida")
                .path("nodes[1].__typename").entity(String.class).isEqualTo("BilateralRelation");
    }

    @Test
    void the_mechanism_example_shows_the_upgrade_to_the_two_plus_two_consultation() {
        graphQl.document(example("06-dialogue-mechanisms.graphql")).execute()
                .path("relation.mechanisms[*].successor.name").entityList(String.class).hasSizeGreaterThan(0)
                .path("relation.mechanisms[*].sessions[*].number").entityList(Integer.class).contains(8, 1);
    }

    static Stream<Arguments> errorExamples() {
        return Stream.of(Arguments.of("page-too-large.graphql", "first"),
                Arguments.of("malformed-date.graphql", "filter.from"),
                Arguments.of("wrong-type-id.graphql", "filter.personId"),
                Arguments.of("unknown-country.graphql", "between"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errorExamples")
    void every_error_example_is_a_bad_request_naming_its_argument(String file, String argument) {
        graphQl.document(read("graphiql/errors/" + file)).execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(errors.get(0).getExtensions()).containsEntry("argument", argument);
            assertThat(errors.get(0).getMessage()).doesNotContain("Exception", "org.entente", "\tat ");
        });
    }

    @Test
    void the_schema_is_served_as_sdl_with_its_descriptions() {
        String sdl = ServiceClient.http(port).get().uri("/graphql/schema").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(sdl).contains("type BilateralRelation implements Node", "interface Node", "scalar Date")
                .contains("\"\"\"");
    }

    @Test
    void graphiql_is_served_with_its_scripts_from_the_service_itself() {
        String page = ServiceClient.http(port).get().uri("/graphiql").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("graphiql").doesNotContain("unpkg.com", "cdn.jsdelivr", "https://");
    }

    private static String example(String file) {
        return read("graphiql/examples/" + file);
    }

    private static String read(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.entente.graphql.graphiql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.entente.graphql.WholeSchemaTest;
import org.entente.graphql.fake.FakeUseCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The example queries that GraphiQL opens with and docs/api.md shows answer without errors on records shaped
 * like the shipped data; the error examples fail as the docs say.
 */
@WholeSchemaTest
@Import(FakeUseCases.class)
class ExampleQueriesTest {
    @Autowired
    GraphQlTester graphQlTester;

    static Stream<GraphiqlPage.Example> examples() {
        return GraphiqlPage.examples().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void every_example_answers_without_errors(GraphiqlPage.Example example) {
        GraphQlTester.Response response = graphQlTester.document(example.query()).execute();
        response.errors().verify();
        Map<String, Object> data = response.path("").entity(Map.class).get();
        assertThat(data).isNotEmpty().doesNotContainValue(null);
    }

    @Test
    void there_are_examples_for_what_the_docs_promise() {
        assertThat(examples().map(GraphiqlPage.Example::file)).contains(
                "01-meetings-attendees-posts.graphql", "02-relation-timeline.graphql",
                "03-person-by-name-without-diacritics.graphql", "04-node-lookup.graphql",
                "05-meetings-page-by-page.graphql");
    }

    @Test
    void the_nested_meeting_example_reaches_the_posts_of_the_attendees() {
        graphQlTester.document(example("01-meetings-attendees-posts.graphql")).execute()
                .path("meetings.nodes[*].attendances[*].person.name").entityList(String.class)
                .contains("Vo Van Thuong", "Fumio Kishida")
                .path("meetings.nodes[0].attendances[1].post.title").entity(String.class).isEqualTo("Prime Minister");
    }

    @Test
    void the_name_search_example_finds_the_name_with_its_diacritics() {
        graphQlTester.document(example("03-person-by-name-without-diacritics.graphql")).execute()
                .path("persons.nodes[*].name").entityList(String.class).containsExactly("Nguyễn Minh Vũ");
    }

    @Test
    void the_node_example_finds_what_its_ids_name() {
        graphQlTester.document(example("04-node-lookup.graphql")).execute()
                .path("node.name").entity(String.class).isEqualTo("Nguyễn Minh Vũ")
                .path("nodes[0].title").entity(String.class)
                .isEqualTo("Talks between President Vo Van Thuong and Prime Minister Fumio Kishida")
                .path("nodes[1].__typename").entity(String.class).isEqualTo("BilateralRelation");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errorExamples")
    void every_error_example_is_a_bad_request_naming_its_argument(String file, String argument) {
        graphQlTester.document(read("graphiql/errors/" + file)).execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(errors.get(0).getExtensions()).containsEntry("argument", argument);
        });
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> errorExamples() {
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("page-too-large.graphql", "first"),
                org.junit.jupiter.params.provider.Arguments.of("malformed-date.graphql", "filter.from"),
                org.junit.jupiter.params.provider.Arguments.of("wrong-type-id.graphql", "filter.personId"),
                org.junit.jupiter.params.provider.Arguments.of("unknown-country.graphql", "between"));
    }

    private static String example(String file) {
        return read("graphiql/examples/" + file);
    }

    private static String read(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}

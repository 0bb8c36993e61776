package org.entente.graphql.error;

import org.entente.domain.common.RecordKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.entente.graphql.WholeSchemaTest;
import org.entente.domain.common.NotFoundException;
import org.entente.graphql.fake.StoredReads;
import org.entente.graphql.fake.FakeUseCases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Errors are classified as Spring GraphQL classifies them, name the argument at fault, and carry neither a
 * stack trace nor a class name.
 */
@WholeSchemaTest
@Import(FakeUseCases.class)
class ErrorClassificationTest {
    static final String MEETING_ID = "TWVldGluZzpqcC12bi0yMDIzLTExLTI3LXRhbGtz";

    @Autowired
    GraphQlTester graphQlTester;

    @Autowired
    StoredReads reads;

    @Test
    void first_over_100_is_a_bad_request_naming_first() {
        ResponseError error = onlyError("error-page-too-large", Map.of("first", 101));
        assertBadRequest(error, "first", "PAGE_SIZE_INVALID");
        assertThat(error.getMessage()).contains("101").contains("100");
    }

    @Test
    void a_negative_first_is_a_bad_request_naming_first() {
        assertBadRequest(onlyError("error-page-too-large", Map.of("first", -1)), "first", "PAGE_SIZE_INVALID");
    }

    @Test
    void last_over_100_is_a_bad_request_naming_last() {
        assertBadRequest(onlyError("error-last", Map.of("last", 500)), "last", "PAGE_SIZE_INVALID");
    }

    @Test
    void first_and_last_together_are_refused() {
        assertBadRequest(onlyError("error-last", Map.of("first", 2, "last", 2)), "last", "PAGE_DIRECTION_AMBIGUOUS");
    }

    @Test
    void a_nested_page_over_100_is_refused_on_its_field() {
        ResponseError error = onlyError("error-nested-page", Map.of("first", 1000));
        assertBadRequest(error, "first", "PAGE_SIZE_INVALID");
        assertThat(error.getPath()).isEqualTo("persons.nodes[0].meetings");
    }

    @Test
    void a_malformed_id_is_a_bad_request_naming_id() {
        ResponseError error = onlyError("error-node", Map.of("id", "not-an-id!"));
        assertBadRequest(error, "id", "ID_MALFORMED");
        assertThat(error.getMessage()).contains("not-an-id!");
    }

    @Test
    void an_id_of_an_unknown_type_is_malformed() {
        // base64url of "Treaty:x": well-formed base64, but no type of the schema
        assertBadRequest(onlyError("error-node", Map.of("id", "VHJlYXR5Ong")), "id", "ID_MALFORMED");
    }

    @Test
    void an_id_of_the_wrong_type_is_a_bad_request_naming_the_field() {
        ResponseError error = onlyError("error-meetings-of-person", Map.of("personId", MEETING_ID));
        assertBadRequest(error, "filter.personId", "ID_WRONG_TYPE");
        assertThat(error.getMessage()).contains("Meeting").contains("Person");
    }

    @Test
    void a_bad_id_among_several_names_its_position() {
        ResponseError error = onlyError("error-nodes", Map.of("ids", List.of(MEETING_ID, "???")));
        assertBadRequest(error, "ids[1]", "ID_MALFORMED");
    }

    @Test
    void a_bad_date_literal_is_a_bad_request_naming_the_input_field() {
        ResponseError error = onlyError("error-bad-date-literal", Map.of());
        assertBadRequest(error, "filter.from", "DATE_INVALID");
        assertThat(error.getMessage()).contains("2024-13");
    }

    @Test
    void a_bad_date_variable_is_a_bad_request_naming_the_argument() {
        assertBadRequest(onlyError("error-level-at", Map.of("date", "2023-02-30")), "date", "DATE_INVALID");
    }

    @Test
    void a_date_range_that_ends_before_it_starts_is_refused() {
        ResponseError error = onlyError("error-meetings-range", Map.of("from", "2025", "to", "2024"));
        assertBadRequest(error, "filter", "DATE_RANGE_INVALID");
    }

    @Test
    void an_unknown_country_is_a_bad_request_naming_the_argument() {
        ResponseError error = onlyError("error-relation", Map.of("between", List.of("VN", "XX")));
        assertBadRequest(error, "between", "COUNTRY_UNKNOWN");
        assertThat(error.getMessage()).contains("XX");
    }

    @Test
    void an_unknown_country_in_a_filter_names_the_input_field() {
        assertBadRequest(onlyError("error-persons-of-country", Map.of("country", "Atlantis")), "filter.country",
                "COUNTRY_UNKNOWN");
    }

    @Test
    void a_relation_needs_two_countries() {
        assertBadRequest(onlyError("error-relation", Map.of("between", List.of("VN"))), "between",
                "RELATION_NEEDS_TWO_COUNTRIES");
    }

    @Test
    void a_malformed_cursor_is_a_bad_request_naming_after() {
        assertBadRequest(onlyError("error-meetings-after", Map.of("after", "%%%")), "after", "CURSOR_MALFORMED");
        assertBadRequest(onlyError("error-meetings-after", Map.of("after", "bm90aGluZw")), "after", "CURSOR_MALFORMED");
    }

    @Test
    void a_cursor_of_another_list_is_refused() {
        String personCursor = graphQlTester.document("{ persons(first: 1) { pageInfo { endCursor } } }").execute()
                .path("persons.pageInfo.endCursor").entity(String.class).get();
        assertBadRequest(onlyError("error-meetings-after", Map.of("after", personCursor)), "after",
                "CURSOR_OF_ANOTHER_LIST");
    }

    @Test
    void a_well_formed_id_that_names_nothing_is_null_not_an_error() {
        // base64url of "Person:nobody"
        graphQlTester.documentName("error-node").variable("id", "UGVyc29uOm5vYm9keQ").execute()
                .errors().verify().path("node").valueIsNull();
    }

    @Test
    void a_missing_record_is_not_found() {
        whileFailing("relations.findAllById", new NotFoundException(RecordKind.RELATION, "jp-vn"), () -> {
            ResponseError error = onlyError("error-timeline", Map.of());
            assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND");
            assertThat(error.getMessage()).isEqualTo("relation jp-vn does not exist");
            assertThat(error.getPath()).isEqualTo("relation.timeline");
            assertNoInternals(error);
        });
    }

    @Test
    void an_unexpected_failure_is_an_internal_error_with_a_generic_message() {
        whileFailing("persons.findAllById",
                new IllegalStateException("connection reset in org.entente.storage.Driver"), () -> {
            graphQlTester.documentName("error-internal").execute().errors().satisfy(errors -> {
                assertThat(errors).isNotEmpty().allSatisfy(error -> {
                    assertThat(error.getErrorType().toString()).isEqualTo("INTERNAL_ERROR");
                    assertThat(error.getMessage())
                            .startsWith("The server could not answer this field; the incident was logged as ")
                            .doesNotContain("connection reset");
                    assertThat(error.getExtensions()).containsKey("incident");
                    assertNoInternals(error);
                });
            });
        });
    }

    @Test
    void a_failing_nested_field_leaves_the_rest_of_the_answer() {
        whileFailing("persons.findAllById", new IllegalStateException("boom"), () -> {
            graphQlTester.documentName("error-internal").execute()
                    .errors().expect(e -> "INTERNAL_ERROR".equals(e.getErrorType().toString())).verify()
                    .path("meetings.nodes[0].title").entity(String.class).isEqualTo("Joint press conference")
                    .path("meetings.nodes[0].attendances[0].person").valueIsNull();
        });
    }

    /** Runs {@code check} while the stored reads' {@code call} fails with {@code failure}; heals them after. */
    private void whileFailing(String call, RuntimeException failure, Runnable check) {
        reads.ports().failWith(call, failure);
        try {
            check.run();
        } finally {
            reads.ports().heal();
        }
    }

    private ResponseError onlyError(String document, Map<String, Object> variables) {
        GraphQlTester.Request<?> request = graphQlTester.documentName(document);
        for (Map.Entry<String, Object> variable : variables.entrySet()) {
            request = request.variable(variable.getKey(), variable.getValue());
        }
        ResponseError[] only = new ResponseError[1];
        request.execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            only[0] = errors.get(0);
        });
        return only[0];
    }

    static void assertBadRequest(ResponseError error, String argument, String rule) {
        assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
        assertThat(error.getExtensions()).containsEntry("argument", argument).containsEntry("rule", rule);
        assertThat(error.getMessage()).startsWith("Argument '" + argument + "': ");
        assertNoInternals(error);
    }

    static void assertNoInternals(ResponseError error) {
        assertThat(error.getMessage())
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("org.entente")
                .doesNotContain("java.")
                .doesNotContain("graphql.")
                .doesNotContain("StringValue");
        assertThat(error.getExtensions().toString()).doesNotContain("Exception").doesNotContain("org.");
    }
}

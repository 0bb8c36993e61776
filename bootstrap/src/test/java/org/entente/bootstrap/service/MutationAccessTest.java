package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

/**
 * Every mutation the schema has, found by introspection and sent with an input that the schema accepts (each required
 * field filled in by its type): without a key it is HTTP 401, with a reader's key FORBIDDEN, and {@code mergePersons}
 * is FORBIDDEN to an editor too; none of them changes anything.
 */
@ServiceTest
@TestPropertySource(properties = {AccessTest.Keys.READER, AccessTest.Keys.READER_ROLE, AccessTest.Keys.READER_SHA,
        AccessTest.Keys.EDITOR, AccessTest.Keys.EDITOR_ROLE, AccessTest.Keys.EDITOR_SHA})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MutationAccessTest {
    static final String INTROSPECTION = """
            { __schema { mutationType { fields { name args { name type { ...Ref } } } }
                         types { name kind enumValues { name } inputFields { name type { ...Ref } } } } }
            fragment Ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
            """;
    static final String TOTALS = "{ meetings { totalCount } persons { totalCount } instruments { totalCount } "
            + "events { totalCount } invitations { totalCount } }";

    @LocalServerPort
    int port;

    private Map<String, Map<String, Object>> types;
    private List<Map<String, Object>> mutations;
    private Map<?, ?> totalsBefore;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void introspect() {
        Map<String, Object> schema = ServiceClient.graphQl(port).document(INTROSPECTION).execute().errors().verify()
                .path("__schema").entity(Map.class).get();
        types = ((List<Map<String, Object>>) schema.get("types")).stream()
                .collect(Collectors.toMap(t -> (String) t.get("name"), t -> t));
        mutations = (List<Map<String, Object>>) ((Map<String, Object>) schema.get("mutationType")).get("fields");
        totalsBefore = totals();
    }

    Stream<String> mutations() {
        return mutations.stream().map(field -> (String) field.get("name"));
    }

    @Test
    void the_schema_has_the_mutations_the_issue_names() {
        assertThat(mutations()).contains("registerSource", "recordMeeting", "updateMeeting", "addAttendance",
                "removeAttendance", "recordInstrument", "elevatePartnership", "upgradeMechanism", "extendInvitation",
                "recordCommitment", "recordEvent", "mergePersons");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void without_a_key_it_is_401(String mutation) {
        ServiceClient.http(port).post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", document(mutation), "variables", variables(mutation))).exchange()
                .expectStatus().isEqualTo(HttpStatus.UNAUTHORIZED)
                .expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHORIZED");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void with_a_reader_key_it_is_forbidden(String mutation) {
        assertForbidden(as("reader-secret"), mutation, "mergePersons".equals(mutation) ? "ADMIN" : "EDITOR");
    }

    @Test
    void merging_persons_is_forbidden_to_an_editor() {
        assertForbidden(as("editor-secret"), "mergePersons", "ADMIN");
    }

    @AfterAll
    void nothing_changed() {
        assertThat(totals()).isEqualTo(totalsBefore);
    }

    private void assertForbidden(HttpGraphQlTester tester, String mutation, String role) {
        tester.document(document(mutation)).variables(variables(mutation)).execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getErrorType().toString()).isEqualTo("FORBIDDEN");
            assertThat(errors.get(0).getExtensions()).containsEntry("requiredRole", role);
            assertThat(errors.get(0).getPath()).isEqualTo(mutation);
        });
    }

    private HttpGraphQlTester as(String secret) {
        return ServiceClient.graphQl(port).mutate().header(HttpHeaders.AUTHORIZATION, "Bearer " + secret).build();
    }

    private Map<?, ?> totals() {
        return ServiceClient.graphQl(port).document(TOTALS).execute().errors().verify().path("").entity(Map.class)
                .get();
    }

    /** {@code mutation($input: XInput!) { x(input: $input) { __typename } }}, whatever the argument's type. */
    @SuppressWarnings("unchecked")
    private String document(String mutation) {
        Map<String, Object> arg = argument(mutation);
        return "mutation Probe($input: " + typeText((Map<String, Object>) arg.get("type")) + ") { " + mutation + "("
                + arg.get("name") + ": $input) { __typename } }";
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> variables(String mutation) {
        return Map.of("input", value((Map<String, Object>) argument(mutation).get("type")));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> argument(String mutation) {
        Map<String, Object> field = mutations.stream().filter(f -> mutation.equals(f.get("name"))).findFirst()
                .orElseThrow();
        List<Map<String, Object>> args = (List<Map<String, Object>>) field.get("args");
        assertThat(args).as("the arguments of " + mutation).hasSize(1);
        return args.get(0);
    }

    @SuppressWarnings("unchecked")
    private static String typeText(Map<String, Object> type) {
        return switch ((String) type.get("kind")) {
            case "NON_NULL" -> typeText((Map<String, Object>) type.get("ofType")) + "!";
            case "LIST" -> "[" + typeText((Map<String, Object>) type.get("ofType")) + "]";
            default -> (String) type.get("name");
        };
    }

    /** A value the schema accepts for {@code type}: required fields only, lists empty. */
    @SuppressWarnings("unchecked")
    private Object value(Map<String, Object> type) {
        String name = (String) type.get("name");
        return switch ((String) type.get("kind")) {
            case "NON_NULL" -> value((Map<String, Object>) type.get("ofType"));
            case "LIST" -> List.of();
            case "ENUM" -> ((List<Map<String, Object>>) types.get(name).get("enumValues")).get(0).get("name");
            case "INPUT_OBJECT" -> {
                Map<String, Object> fields = new LinkedHashMap<>();
                for (Map<String, Object> field : (List<Map<String, Object>>) types.get(name).get("inputFields")) {
                    Map<String, Object> fieldType = (Map<String, Object>) field.get("type");
                    if ("NON_NULL".equals(fieldType.get("kind"))) {
                        fields.put((String) field.get("name"), value(fieldType));
                    }
                }
                yield fields;
            }
            default -> switch (name) {
                case "Int" -> 1;
                case "Float" -> 1.0;
                case "Boolean" -> false;
                case "Date" -> "2025";
                case "ID" -> "QmlsYXRlcmFsUmVsYXRpb246anAtdm4";
                default -> "probe";
            };
        };
    }
}

package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The curation session of docs/api.md, run from its files in {@code docs/curation/} against the service with an
 * EDITOR key, step by step: what each step answers, what sending it again answers, who the history names, and what
 * a reader's key and no key get. Its own context: it stores records.
 */
@ServiceTest
@TestPropertySource(properties = {"entente.test.context=curation-session", AccessTest.Keys.READER,
        AccessTest.Keys.READER_ROLE, AccessTest.Keys.READER_SHA, AccessTest.Keys.EDITOR, AccessTest.Keys.EDITOR_ROLE,
        AccessTest.Keys.EDITOR_SHA})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CurationSessionOverHttpTest {
    static final Path SESSION = Path.of("..", "docs", "curation");
    static final String MEETING = "TWVldGluZzpqcC12bi0yMDI0LTEyLTEyLXRhbGtz";

    @LocalServerPort
    int port;

    HttpGraphQlTester editor;
    HttpGraphQlTester reader;

    @BeforeEach
    void connect() {
        editor = ServiceClient.graphQl(port).mutate().header(HttpHeaders.AUTHORIZATION, "Bearer editor-secret").build();
        reader = ServiceClient.graphQl(port).mutate().header(HttpHeaders.AUTHORIZATION, "Bearer reader-secret").build();
    }

    @Test
    @Order(1)
    void a_reader_key_may_not_register_a_source_and_nothing_is_stored() {
        reader.document(step("1-register-source.graphql")).execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getErrorType().toString()).isEqualTo("FORBIDDEN");
                    assertThat(errors.get(0).getExtensions()).containsEntry("requiredRole", "EDITOR");
                })
                .path("registerSource").pathDoesNotExist();
        reader.document("{ node(id: \"U291cmNlOnZucy0yMDI0LTEyLTEz\") { id } }").execute()
                .path("node").valueIsNull();
    }

    @Test
    @Order(2)
    void no_key_gets_401_for_a_mutation() {
        ServiceClient.http(port).post().uri("/graphql").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .bodyValue(java.util.Map.of("query", step("1-register-source.graphql"))).exchange()
                .expectStatus().isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    @Order(3)
    void the_session_registers_records_corrects_and_reads_its_history() {
        editor.document(step("1-register-source.graphql")).execute().errors().verify()
                .path("registerSource.userErrors").entityList(Object.class).hasSize(0)
                .path("registerSource.source.id").entity(String.class).isEqualTo("U291cmNlOnZucy0yMDI0LTEyLTEz")
                .path("registerSource.source.version").entity(Integer.class).isEqualTo(1);
        editor.document(step("2-record-meeting.graphql")).execute().errors().verify()
                .path("recordMeeting.userErrors").entityList(Object.class).hasSize(0)
                .path("recordMeeting.meeting.id").entity(String.class).isEqualTo(MEETING)
                .path("recordMeeting.meeting.attendances[*].person.name").entityList(String.class)
                .containsExactly("Nguyễn Minh Vũ", "Funakoshi Takehiro");
        editor.document(step("3-record-instrument.graphql")).execute().errors().verify()
                .path("recordInstrument.userErrors").entityList(Object.class).hasSize(0)
                .path("recordInstrument.instrument.signedOn").entity(String.class).isEqualTo("2024-12-12")
                .path("recordInstrument.instrument.signatories[*].person.name").entityList(String.class)
                .containsExactly("Nguyễn Minh Vũ");
        editor.document(step("4-correct-meeting.graphql")).execute().errors().verify()
                .path("updateMeeting.userErrors").entityList(Object.class).hasSize(0)
                .path("updateMeeting.meeting.version").entity(Integer.class).isEqualTo(2);

        editor.document(step("4-correct-meeting.graphql")).execute().errors().verify()
                .path("updateMeeting.meeting").valueIsNull()
                .path("updateMeeting.userErrors[0].code").entity(String.class).isEqualTo("STALE_VERSION")
                .path("updateMeeting.userErrors[0].field").entityList(String.class)
                .containsExactly("input", "expectedVersion");

        editor.document(step("5-read-history.graphql")).execute().errors().verify()
                .path("node.version").entity(Integer.class).isEqualTo(2)
                .path("node.history.totalCount").entity(Integer.class).isEqualTo(2)
                .path("node.history.nodes[*].actor").entityList(String.class).containsExactly("curator", "curator")
                .path("node.history.nodes[*].version").entityList(Integer.class).containsExactly(1, 2)
                .path("node.history.nodes[1].changedFields").entityList(String.class).contains("title");
    }

    @Test
    @Order(4)
    void a_step_sent_again_with_its_idempotency_key_answers_the_first_result_and_creates_nothing() {
        for (String file : List.of("1-register-source.graphql", "2-record-meeting.graphql")) {
            editor.document(step(file)).execute().errors().verify()
                    .path("$..userErrors[*]").entityList(Object.class).hasSize(0);
        }
        editor.document("{ node(id: \"" + MEETING + "\") { ... on Meeting { version history { totalCount } } } }")
                .execute().errors().verify()
                .path("node.version").entity(Integer.class).isEqualTo(2)
                .path("node.history.totalCount").entity(Integer.class).isEqualTo(2);
    }

    @Test
    @Order(5)
    void the_shipped_data_was_recorded_by_the_system() {
        reader.document("{ node(id: \"TWVldGluZzpqcC12bi0yMDIzLTExLTI3LXRhbGtz\") { ... on Meeting { version "
                        + "history { nodes { actor operation version } } } } }").execute().errors().verify()
                .path("node.history.nodes[*].actor").entityList(String.class).containsExactly("system")
                .path("node.history.nodes[0].operation").entity(String.class).isEqualTo("importDataSet");
    }

    private static String step(String file) {
        try {
            return Files.readString(SESSION.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

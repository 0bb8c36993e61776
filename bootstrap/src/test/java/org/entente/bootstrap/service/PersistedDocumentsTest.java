package org.entente.bootstrap.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Documents sent by their hash: automatic persisted queries as Apollo's clients send them (the hash alone, then the
 * document with its hash once when the service does not know it, then the hash alone again), and a service that
 * runs only the documents of its manifest ({@code src/test/resources/documents/trusted.json}, Apollo's form), an
 * ADMIN key excepted.
 */
class PersistedDocumentsTest {
    static final String LEVEL = "query RelationLevel { relation(between: [\"VN\", \"JP\"]) { currentLevel { name since } } }";
    static final String LEVEL_HASH = "72388c6175c3a0a45b8fc173732e3327eacd97f57b166152b63ea229904c3f49";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Nested
    @ServiceTest
    class AutomaticPersistedQueries {
        @LocalServerPort
        int port;

        @Test
        void an_unknown_hash_is_not_found_then_the_document_sent_with_it_is_remembered() {
            String document = "query Titles { meetings(first: 2) { nodes { title } } }";
            String hash = sha256(document);

            post(port, null, hash, null).expectStatus().isOk().expectBody()
                    .jsonPath("$.errors[0].extensions.code").isEqualTo("PERSISTED_QUERY_NOT_FOUND")
                    .jsonPath("$.data").doesNotExist();
            post(port, document, hash, null).expectStatus().isOk().expectBody()
                    .jsonPath("$.data.meetings.nodes.length()").isEqualTo(2);
            post(port, null, hash, null).expectStatus().isOk().expectBody()
                    .jsonPath("$.errors").doesNotExist()
                    .jsonPath("$.data.meetings.nodes.length()").isEqualTo(2);
        }

        @Test
        void a_hash_that_is_not_the_document_s_is_refused() {
            post(port, "{ __typename }", LEVEL_HASH, null).expectStatus().isOk().expectBody()
                    .jsonPath("$.errors[0].extensions.code").isEqualTo("PERSISTED_QUERY_HASH_MISMATCH")
                    .jsonPath("$.data").doesNotExist();
        }
    }

    @Nested
    @ServiceTest
    @TestPropertySource(properties = {"entente.documents.trusted-only=true",
            "entente.documents.manifest=classpath:documents/trusted.json", AccessTest.Keys.READER,
            AccessTest.Keys.READER_ROLE, AccessTest.Keys.READER_SHA, AccessTest.Keys.EDITOR, AccessTest.Keys.EDITOR_ROLE,
            AccessTest.Keys.EDITOR_SHA, AccessTest.Keys.ADMIN, AccessTest.Keys.ADMIN_ROLE,
            AccessTest.Keys.ADMIN_SHA})
    @DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
    class TrustedDocumentsOnly {
        @LocalServerPort
        int port;

        @Test
        void a_document_of_the_manifest_runs_by_its_hash_or_by_its_text() {
            post(port, null, LEVEL_HASH, null).expectStatus().isOk().expectBody()
                    .jsonPath("$.data.relation.currentLevel.since").isEqualTo("2023-11-27");
            post(port, LEVEL, null, null).expectStatus().isOk().expectBody()
                    .jsonPath("$.data.relation.currentLevel.since").isEqualTo("2023-11-27");
        }

        @Test
        void any_other_document_is_refused_even_with_its_hash_and_even_for_a_reader() {
            String other = "{ meetings(first: 1) { nodes { title } } }";
            post(port, other, null, null).expectStatus().isOk().expectBody()
                    .jsonPath("$.errors[0].extensions.code").isEqualTo("DOCUMENT_NOT_TRUSTED")
                    .jsonPath("$.data").doesNotExist();
            post(port, other, sha256(other), "reader-secret").expectStatus().isOk().expectBody()
                    .jsonPath("$.errors[0].extensions.code").isEqualTo("DOCUMENT_NOT_TRUSTED");
            // nor was it remembered by its hash
            post(port, null, sha256(other), null).expectStatus().isOk().expectBody()
                    .jsonPath("$.errors[0].extensions.code").isEqualTo("PERSISTED_QUERY_NOT_FOUND");
        }

        @Test
        void an_admin_key_runs_any_document() {
            post(port, "{ meetings(first: 1) { nodes { title } } }", null, "admin-secret").expectStatus().isOk()
                    .expectBody().jsonPath("$.data.meetings.nodes.length()").isEqualTo(1);
        }
    }

    static WebTestClient.ResponseSpec post(int port, String document, String hash, String secret) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (document != null) {
            body.put("query", document);
        }
        if (hash != null) {
            body.put("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)));
        }
        WebTestClient.RequestBodySpec request = ServiceClient.http(port).post().uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON);
        if (secret != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + secret);
        }
        return request.bodyValue(JSON.writeValueAsString(body)).exchange();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

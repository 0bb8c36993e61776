package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Who may read and who may write, over HTTP. The keys' secrets are {@code reader-secret}, {@code editor-secret}
 * and {@code admin-secret}; only their SHA-256 is configured (see {@link Keys}).
 */
class AccessTest {
    static final String QUERY = "{\"query\":\"{ relation(between: [\\\"VN\\\", \\\"JP\\\"]) { currentLevel { name } } }\"}";
    static final String MUTATION = "{\"query\":\"mutation M { registerSource(input: {}) { userErrors { code } } }\"}";

    @Nested
    @ServiceTest
    @TestPropertySource(properties = {Keys.READER, Keys.READER_ROLE, Keys.READER_SHA, Keys.EDITOR, Keys.EDITOR_ROLE,
            Keys.EDITOR_SHA})
    class WithOpenReads {
        @LocalServerPort
        int port;

        @Test
        void a_query_needs_no_key() {
            post(port, QUERY, null).expectStatus().isOk()
                    .expectBody().jsonPath("$.data.relation.currentLevel.name").isEqualTo(
                            "Comprehensive Strategic Partnership for Peace and Prosperity in Asia and the World");
        }

        @Test
        void a_mutation_without_a_key_is_401_and_names_the_scheme() {
            post(port, MUTATION, null).expectStatus().isEqualTo(HttpStatus.UNAUTHORIZED)
                    .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"entente\"")
                    .expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHORIZED")
                    .jsonPath("$.errors[0].message").value(String.class,
                            message -> assertThat(message).contains("Authorization: Bearer"));
        }

        @Test
        void a_mutation_whose_keyword_is_spelled_with_json_escapes_is_still_401() {
            // the gate passes a body without the keyword unread; JSON may spell it m\\u0075tation
            String escaped = MUTATION.replace("mutation", "m\\u0075tation");
            assertThat(escaped).doesNotContain("mutation");
            post(port, escaped, null).expectStatus().isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        @Test
        void a_mutation_named_among_queries_is_found_by_its_operation_name() {
            String both = "{\"query\":\"query Q { __typename } mutation M { __typename }\",\"operationName\":\"M\"}";
            post(port, both, null).expectStatus().isEqualTo(HttpStatus.UNAUTHORIZED);
            String query = both.replace("\"operationName\":\"M\"", "\"operationName\":\"Q\"");
            post(port, query, null).expectStatus().isOk().expectBody().jsonPath("$.data.__typename").isEqualTo("Query");
        }

        @Test
        void an_unknown_key_is_401_even_for_a_query() {
            post(port, QUERY, "not-a-key").expectStatus().isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        @Test
        void a_known_key_reads_too() {
            readsTheRelation(port, "reader-secret");
        }

        @Test
        void the_metrics_need_an_admin_key_and_health_none() {
            ServiceClient.http(port).get().uri("/actuator/health").exchange().expectStatus().isOk();
            ServiceClient.http(port).get().uri("/actuator/metrics").exchange()
                    .expectStatus().isEqualTo(HttpStatus.UNAUTHORIZED);
            ServiceClient.http(port).get().uri("/actuator/metrics")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer editor-secret").exchange()
                    .expectStatus().isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    @Nested
    @ServiceTest
    @TestPropertySource(properties = {"entente.security.reads-require-key=true", Keys.READER, Keys.READER_ROLE,
            Keys.READER_SHA})
    class WithClosedReads {
        @LocalServerPort
        int port;

        @Test
        void a_query_without_a_key_is_401() {
            post(port, QUERY, null).expectStatus().isEqualTo(HttpStatus.UNAUTHORIZED)
                    .expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHORIZED");
            ServiceClient.http(port).get().uri("/graphql/schema").exchange()
                    .expectStatus().isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        @Test
        void a_query_with_a_reader_key_answers() {
            readsTheRelation(port, "reader-secret");
        }

        @Test
        void a_query_by_get_needs_the_key_as_by_post() {
            ServiceClient.http(port).get().uri("/graphql?query={q}", "{ __typename }").exchange()
                    .expectStatus().isEqualTo(HttpStatus.UNAUTHORIZED)
                    .expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("UNAUTHORIZED");
            ServiceClient.http(port).get().uri("/graphql?query={q}", "{ __typename }")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer reader-secret").exchange()
                    .expectStatus().isOk().expectBody().jsonPath("$.data.__typename").isEqualTo("Query");
        }

        @Test
        void the_key_is_read_whatever_the_case_of_its_scheme() {
            ServiceClient.http(port).post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.AUTHORIZATION, "bearer reader-secret").bodyValue(QUERY).exchange()
                    .expectStatus().isOk();
        }
    }

    /** The query with {@code secret} answers with the relation's level. */
    static void readsTheRelation(int port, String secret) {
        post(port, QUERY, secret).expectStatus().isOk()
                .expectBody().jsonPath("$.data.relation.currentLevel.name").exists();
    }

    static WebTestClient.ResponseSpec post(int port, String body, String secret) {
        WebTestClient.RequestBodySpec request = ServiceClient.http(port).post().uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON);
        if (secret != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + secret);
        }
        return request.bodyValue(body).exchange();
    }

    /** Keys as properties; each sha256 is that of the secret its name says (printf %s SECRET | sha256sum). */
    static final class Keys {
        static final String READER = "entente.security.api-keys[0].name=reading-client";
        static final String READER_ROLE = "entente.security.api-keys[0].role=READER";
        static final String READER_SHA = "entente.security.api-keys[0].sha256="
                + "f03319dee240faa729e0cfa7ab5ffd80a1d64a127e3643f239009abff6382914";
        static final String EDITOR = "entente.security.api-keys[1].name=curator";
        static final String EDITOR_ROLE = "entente.security.api-keys[1].role=EDITOR";
        static final String EDITOR_SHA = "entente.security.api-keys[1].sha256="
                + "2ab2be1f6eca11ec9aeb4cda517586091446724556c17637fadb27d0cee08173";
        static final String ADMIN = "entente.security.api-keys[2].name=administrator";
        static final String ADMIN_ROLE = "entente.security.api-keys[2].role=ADMIN";
        static final String ADMIN_SHA = "entente.security.api-keys[2].sha256="
                + "16175223c8ddce5ace0493c948569c211b03c4c6bb3d3e484434999448cffe01";

        private Keys() {
        }
    }
}

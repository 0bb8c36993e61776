package org.entente.bootstrap.service;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The production profile ({@code --spring.profiles.active=production}): no GraphiQL page; the schema, as SDL and by
 * introspection, for ADMIN keys only; {@code __typename} and every query for everyone as before.
 */
@ServiceTest
@ActiveProfiles("production")
@TestPropertySource(properties = {AccessTest.Keys.READER, AccessTest.Keys.READER_ROLE, AccessTest.Keys.READER_SHA,
        AccessTest.Keys.EDITOR, AccessTest.Keys.EDITOR_ROLE, AccessTest.Keys.EDITOR_SHA, AccessTest.Keys.ADMIN,
        AccessTest.Keys.ADMIN_ROLE, AccessTest.Keys.ADMIN_SHA})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ProductionProfileTest {
    static final String INTROSPECTION = "{\"query\":\"{ __schema { queryType { name } } }\"}";

    @LocalServerPort
    int port;

    @Test
    void there_is_no_graphiql_page() {
        ServiceClient.http(port).get().uri("/graphiql").exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("NOT_FOUND");
    }

    @Test
    void the_sdl_is_for_admin_keys_only() {
        ServiceClient.http(port).get().uri("/graphql/schema").exchange().expectStatus().isUnauthorized();
        ServiceClient.http(port).get().uri("/graphql/schema").header(HttpHeaders.AUTHORIZATION, "Bearer reader-secret")
                .exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("FORBIDDEN");
        ServiceClient.http(port).get().uri("/graphql/schema").header(HttpHeaders.AUTHORIZATION, "Bearer admin-secret")
                .exchange().expectStatus().isOk().expectBody(String.class)
                .value(sdl -> org.assertj.core.api.Assertions.assertThat(sdl).contains("type Meeting implements Node"));
    }

    @Test
    void introspection_is_for_admin_keys_only() {
        post(INTROSPECTION, null).expectBody()
                .jsonPath("$.data").isEmpty()
                .jsonPath("$.errors[0].extensions.code").isEqualTo("INTROSPECTION_DISABLED")
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHORIZED");
        post(INTROSPECTION, "reader-secret").expectBody()
                .jsonPath("$.errors[0].extensions.code").isEqualTo("INTROSPECTION_DISABLED")
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("FORBIDDEN");
        post("{\"query\":\"{ __type(name: \\\"Meeting\\\") { name } }\"}", null).expectBody()
                .jsonPath("$.errors[0].extensions.code").isEqualTo("INTROSPECTION_DISABLED");
        post(INTROSPECTION, "admin-secret").expectBody()
                .jsonPath("$.errors").doesNotExist()
                .jsonPath("$.data.__schema.queryType.name").isEqualTo("Query");
    }

    @Test
    void queries_and_typename_answer_everyone() {
        post("{\"query\":\"{ __typename relation(between: [\\\"VN\\\", \\\"JP\\\"]) { currentLevel { since } } }\"}",
                null).expectStatus().isEqualTo(HttpStatus.OK).expectBody()
                .jsonPath("$.errors").doesNotExist()
                .jsonPath("$.data.__typename").isEqualTo("Query")
                .jsonPath("$.data.relation.currentLevel.since").isEqualTo("2023-11-27");
    }

    private WebTestClient.ResponseSpec post(String body, String secret) {
        WebTestClient.RequestBodySpec request = ServiceClient.http(port).post().uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON);
        if (secret != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + secret);
        }
        return request.bodyValue(body).exchange();
    }
}

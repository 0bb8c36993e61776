package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * JWT bearer tokens over HTTP, with the service trusting one RSA public key ({@code public-key-location}) made by
 * the test, and one API key beside it: a token's scopes give its role and its subject is the history's actor; an
 * expired token, one signed by another key and garbage are 401; the API key still works. Its own context: it stores
 * a record, and no other test trusts JWTs.
 */
@ServiceTest
@TestPropertySource(properties = {"entente.test.context=jwt", AccessTest.Keys.READER, AccessTest.Keys.READER_ROLE,
        AccessTest.Keys.READER_SHA})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class JwtBearerTokensTest {
    static final KeyPair TRUSTED = rsaKeyPair();
    static final KeyPair STRANGER = rsaKeyPair();
    static final String SUBJECT = "ci-pipeline";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void trustTheKey(DynamicPropertyRegistry registry) throws IOException {
        Path pem = Files.createTempFile("entente-jwt-", ".pem");
        pem.toFile().deleteOnExit();
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(TRUSTED.getPublic().getEncoded());
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + pem);
    }

    @Test
    void an_editor_scope_registers_a_source_and_the_history_names_the_subject() {
        String localId = "jwt-" + UUID.randomUUID();
        HttpGraphQlTester editor = bearer(token(TRUSTED, "EDITOR", unexpired()));
        String id = editor.document(registerSource(localId)).execute().errors().verify()
                .path("registerSource.userErrors").entityList(Object.class).hasSize(0)
                .path("registerSource.source.version").entity(Integer.class).isEqualTo(1)
                .path("registerSource.source.id").entity(String.class).get();
        editor.document(history(id)).execute().errors().verify()
                .path("node.history.nodes[*].actor").entityList(String.class).containsExactly(SUBJECT)
                .path("node.history.nodes[0].operation").entity(String.class).isEqualTo("registerSource");
    }

    @Test
    void a_reader_scope_is_forbidden_a_mutation_and_nothing_is_stored() {
        assertForbidden(token(TRUSTED, "READER", unexpired()));
    }

    @Test
    void a_token_without_a_role_scope_is_forbidden_a_mutation() {
        assertForbidden(token(TRUSTED, "openid profile", unexpired()));
    }

    @Test
    void an_expired_token_is_401() {
        assertUnauthorized(token(TRUSTED, "EDITOR", Instant.now().minus(Duration.ofHours(1))));
    }

    @Test
    void a_token_signed_by_another_key_is_401() {
        assertUnauthorized(token(STRANGER, "EDITOR", unexpired()));
    }

    @Test
    void a_token_without_a_subject_is_401_rather_than_an_actor_of_nobody() {
        String localId = "jwt-" + UUID.randomUUID();
        String token = sign(TRUSTED, new JWTClaimsSet.Builder().claim("scope", "EDITOR")
                .expirationTime(Date.from(unexpired())).build());
        assertUnauthorized(token);
        ServiceClient.http(port).post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .bodyValue(Map.of("query", registerSource(localId))).exchange()
                .expectStatus().isEqualTo(HttpStatus.UNAUTHORIZED);
        ServiceClient.graphQl(port).document(history(sourceId(localId))).execute().errors().verify()
                .path("node").valueIsNull();
    }

    @Test
    void garbage_in_the_bearer_header_is_401() {
        assertUnauthorized("not-a-key-nor-a-jwt");
        assertUnauthorized("eyJhbGciOiJSUzI1NiJ9.garbage.garbage");
        assertUnauthorized("%%% not even a token %%%");
    }

    @Test
    void the_api_key_still_works_beside_jwts() {
        AccessTest.post(port, AccessTest.QUERY, "reader-secret").expectStatus().isOk()
                .expectBody().jsonPath("$.data.relation.currentLevel.name").exists();
        bearer("reader-secret").document(registerSource("jwt-" + UUID.randomUUID())).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
        assertUnauthorized("editor-secret");
    }

    /** Where reads require a key, a token must hold a role to read, as every API key does. */
    @Nested
    @TestPropertySource(properties = {"entente.test.context=jwt-closed-reads",
            "entente.security.reads-require-key=true"})
    class WithClosedReads {
        @LocalServerPort
        int port;

        @Test
        void a_reader_scope_reads_and_a_token_without_a_role_is_403() {
            AccessTest.post(port, AccessTest.QUERY, token(TRUSTED, "READER", unexpired()))
                    .expectStatus().isOk().expectBody().jsonPath("$.data.relation.currentLevel.name").exists();
            AccessTest.post(port, AccessTest.QUERY, token(TRUSTED, "openid", unexpired()))
                    .expectStatus().isEqualTo(HttpStatus.FORBIDDEN);
            AccessTest.post(port, AccessTest.QUERY, null).expectStatus().isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    private void assertForbidden(String token) {
        String localId = "jwt-" + UUID.randomUUID();
        HttpGraphQlTester caller = bearer(token);
        caller.document(registerSource(localId)).execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getErrorType().toString()).isEqualTo("FORBIDDEN");
                    assertThat(errors.get(0).getExtensions()).containsEntry("requiredRole", "EDITOR");
                })
                .path("registerSource").pathDoesNotExist();
        caller.document(history(sourceId(localId))).execute().errors().verify().path("node").valueIsNull();
    }

    /** 401 with the GraphQL-shaped body, for a query as for a mutation. */
    private void assertUnauthorized(String token) {
        for (String body : List.of(AccessTest.QUERY, AccessTest.MUTATION)) {
            AccessTest.post(port, body, token).expectStatus().isEqualTo(HttpStatus.UNAUTHORIZED)
                    .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"entente\"")
                    .expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHORIZED")
                    .jsonPath("$.data").doesNotExist();
        }
    }

    private HttpGraphQlTester bearer(String token) {
        return ServiceClient.graphQl(port).mutate().header(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
    }

    /** An expiry five minutes ahead, which no test outlasts. */
    private static Instant unexpired() {
        return Instant.now().plus(Duration.ofMinutes(5));
    }

    private static String token(KeyPair signer, String scope, Instant expiresAt) {
        return sign(signer, new JWTClaimsSet.Builder()
                .subject(SUBJECT)
                .claim("scope", scope)
                .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(10))))
                .expirationTime(Date.from(expiresAt))
                .build());
    }

    private static String sign(KeyPair signer, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            jwt.sign(new RSASSASigner(signer.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static String registerSource(String localId) {
        return """
                mutation { registerSource(input: {
                  localId: "%s", publisher: "Viet Nam News", publishedOn: "2024-12-13", language: "en",
                  text: "Permanent Deputy Minister of Foreign Affairs Nguyễn Minh Vũ held talks in Tokyo."
                }) { source { id version } userErrors { field message code } } }
                """.formatted(localId);
    }

    private static String history(String id) {
        return "{ node(id: \"" + id + "\") { ... on Source { history { nodes { actor operation } } } } }";
    }

    /** The global id of {@code Source:<localId>}. */
    private static String sourceId(String localId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("Source:" + localId)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

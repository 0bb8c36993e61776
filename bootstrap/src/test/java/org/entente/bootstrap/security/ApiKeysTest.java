package org.entente.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

class ApiKeysTest {
    static String sha256(String secret) {
        return HexFormat.of().formatHex(ApiKeys.sha256(secret));
    }

    @Test
    void a_secret_finds_its_key_by_digest_and_another_finds_none() {
        ApiKeys keys = new ApiKeys(List.of(new ApiKey("curator", Role.EDITOR, sha256("s3cret")),
                new ApiKey("reader", Role.READER, sha256("other").toUpperCase())));

        assertThat(keys.find("s3cret")).map(ApiKey::name).contains("curator");
        assertThat(keys.find("other")).map(ApiKey::name).contains("reader");
        assertThat(keys.find("s3cret ")).isEmpty();
        assertThat(keys.find("")).isEmpty();
    }

    @Test
    void each_role_holds_the_ones_below_it() {
        assertThat(Role.ADMIN.authorities()).map(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_READER", "ROLE_EDITOR", "ROLE_ADMIN");
        assertThat(Role.READER.authorities()).map(GrantedAuthority::getAuthority).containsExactly("ROLE_READER");
    }

    @Test
    void a_key_without_a_name_role_or_proper_digest_is_refused_by_name() {
        assertThatThrownBy(() -> new ApiKey(" ", Role.READER, sha256("x"))).hasMessageContaining("has no name");
        assertThatThrownBy(() -> new ApiKey("ci", null, sha256("x"))).hasMessageContaining("'ci' has no role");
        assertThatThrownBy(() -> new ApiKey("ci", Role.EDITOR, "s3cret"))
                .hasMessageContaining("'ci': sha256 must be the 64 hex digits");
    }

    @Test
    void two_keys_of_one_name_or_one_secret_are_refused() {
        ApiKey one = new ApiKey("ci", Role.EDITOR, sha256("a"));
        assertThatThrownBy(() -> new AccessProperties(List.of(one, new ApiKey("ci", Role.READER, sha256("b"))), false))
                .hasMessageContaining("two keys are named 'ci'");
        assertThatThrownBy(() -> new AccessProperties(List.of(one, new ApiKey("cd", Role.READER, sha256("a"))), false))
                .hasMessageContaining("'cd' has the same sha256");
    }

    @Test
    void the_gate_finds_the_mutation_that_would_run() {
        assertThat(MutationGate.runsMutation("mutation { a }", null)).isTrue();
        assertThat(MutationGate.runsMutation("{ a }", null)).isFalse();
        assertThat(MutationGate.runsMutation("query Q { a } mutation M { b }", "M")).isTrue();
        assertThat(MutationGate.runsMutation("query Q { a } mutation M { b }", "Q")).isFalse();
        assertThat(MutationGate.runsMutation("not graphql {", null)).isFalse();
    }

    @Test
    void a_jwt_takes_the_highest_of_its_role_scopes() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "none").subject("ci-pipeline")
                .claim("scope", "openid READER EDITOR").issuedAt(Instant.EPOCH).build();

        var token = SecurityConfiguration.scopesAsRoles(jwt);

        assertThat(token.getName()).isEqualTo("ci-pipeline");
        assertThat(token.getAuthorities()).map(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_READER", "ROLE_EDITOR");
        assertThat(SecurityConfiguration.scopesAsRoles(Jwt.withTokenValue("t").header("alg", "none").subject("x")
                .claim("scp", List.of("openid")).build()).getAuthorities()).isEmpty();
    }

    @Test
    void a_jwt_without_a_subject_is_refused() {
        assertThatThrownBy(() -> SecurityConfiguration.scopesAsRoles(Jwt.withTokenValue("t").header("alg", "none")
                .claim("scope", "EDITOR").build())).isInstanceOf(InvalidBearerTokenException.class);
    }
}

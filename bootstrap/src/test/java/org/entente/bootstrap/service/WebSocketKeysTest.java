package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.Storage;
import org.entente.domain.source.SourceId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.publisher.Mono;

/**
 * A key in the graphql-ws connection_init payload, as a browser (GraphiQL) sends it, on a service where reads need
 * one: the handshake is let through without a header, and then the payload's key counts for every operation of the
 * connection (its name is the actor of a change, its budget pays); a connection without any key, or with one the service does not
 * know, is closed before it answers anything. Its own context: it stores.
 */
@ServiceTest
@TestPropertySource(properties = {"entente.test.context=websocket-keys", "entente.security.reads-require-key=true",
        AccessTest.Keys.READER, AccessTest.Keys.READER_ROLE, AccessTest.Keys.READER_SHA, AccessTest.Keys.EDITOR,
        AccessTest.Keys.EDITOR_ROLE, AccessTest.Keys.EDITOR_SHA,
        // a bucket that barely refills, so that what a request spent shows in what is left
        "entente.limits.budget.restore-rate=0.001"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class WebSocketKeysTest {
    static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    Storage storage;

    @Test
    void a_reader_key_in_connection_init_reads() {
        WebSocketGraphQlClient client = client(Map.of("Authorization", "Bearer reader-secret"));
        try {
            ClientGraphQlResponse response = client.document("{ relation(between: [\"VN\", \"JP\"]) { id } }")
                    .execute().block(WAIT);
            assertThat(response.getErrors()).isEmpty();
            assertThat((Object) response.field("relation.id").getValue()).isEqualTo("QmlsYXRlcmFsUmVsYXRpb246anAtdm4");
        } finally {
            client.stop().block(WAIT);
        }
    }

    @Test
    void an_editor_key_in_connection_init_runs_a_mutation_as_that_key() {
        // the name of the payload's entry is read in any case, as HTTP header names are
        WebSocketGraphQlClient client = client(Map.of("authorization", "bearer editor-secret"));
        try {
            ClientGraphQlResponse response = client.document("mutation { registerSource(input: { localId: "
                            + "\"keyed-over-websocket\", language: \"en\", text: \"t\" }) { source { id } } }")
                    .execute().block(WAIT);
            assertThat(response.getErrors()).isEmpty();
            assertThat(storage.sources().findById(new SourceId("keyed-over-websocket"))).isPresent();
            assertThat(storage.revisions().history("Source", "keyed-over-websocket", PageRequest.first(5)).items())
                    .singleElement().satisfies(revision -> assertThat(revision.actor()).isEqualTo("curator"));
        } finally {
            client.stop().block(WAIT);
        }
    }

    @Test
    void a_request_of_a_connection_keyed_in_connection_init_spends_that_key_s_budget() {
        double before = available("reader-secret");
        WebSocketGraphQlClient client = client(Map.of("Authorization", "Bearer reader-secret"));
        double spent;
        try {
            ClientGraphQlResponse response = client.document("{ meetings(first: 20) { nodes { title } } }")
                    .execute().block(WAIT);
            assertThat(response.getErrors()).isEmpty();
            spent = ((Number) ((Map<?, ?>) response.getExtensions().get("cost")).get("actualQueryCost")).doubleValue();
        } finally {
            client.stop().block(WAIT);
        }
        double after = available("reader-secret");
        assertThat(spent).isGreaterThan(18);
        // the two probes over HTTP cost a point or two each; the WebSocket's request was charged to the same key
        assertThat(before - after).isBetween(spent, spent + 5);
    }

    /** What the key's bucket holds, as a cheap request over HTTP with it reports. */
    private double available(String secret) {
        Map<?, ?> body = AccessTest.post(port, "{\"query\":\"{ __typename }\"}", secret).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> cost = (Map<?, ?>) ((Map<?, ?>) body.get("extensions")).get("cost");
        return ((Number) ((Map<?, ?>) cost.get("throttleStatus")).get("currentlyAvailable")).doubleValue();
    }

    @Test
    void a_reader_key_in_connection_init_may_not_run_a_mutation() {
        WebSocketGraphQlClient client = client(Map.of("Authorization", "Bearer reader-secret"));
        long sources = storage.sources().count();
        try {
            ClientGraphQlResponse response = client.document("mutation { registerSource(input: { localId: "
                            + "\"read-only-over-websocket\", language: \"en\", text: \"t\" }) { source { id } } }")
                    .execute().block(WAIT);
            assertThat(response.getErrors()).singleElement().satisfies(error ->
                    assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
            assertThat(storage.sources().count()).isEqualTo(sources);
        } finally {
            client.stop().block(WAIT);
        }
    }

    @Test
    void a_connection_without_a_key_or_with_an_unknown_one_is_closed_unanswered() {
        for (Map<String, Object> payload : java.util.List.<Map<String, Object>>of(Map.of(),
                Map.of("Authorization", "Bearer not-a-key"), Map.of("Authorization", "reader-secret"))) {
            WebSocketGraphQlClient client = client(payload);
            try {
                assertThatThrownBy(() -> client.document("{ __typename }").execute().block(WAIT))
                        .as(payload.toString()).hasMessageContaining("4401");
            } finally {
                client.stop().block(WAIT);
            }
        }
    }

    @Test
    void the_handshake_let_through_without_a_key_is_no_way_around_it_over_http() throws Exception {
        // a GET that claims to be a handshake, but is none (no version), reaches the WebSocket handler, which refuses it
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("Host", "127.0.0.1");
        headers.put("Upgrade", "websocket");
        headers.put("Connection", "Upgrade");
        headers.put("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==");
        RawHttp.Answer answer = RawHttp.exchange(port, RawHttp.request("GET", "/graphql?query=%7B__typename%7D",
                headers, new byte[0]), Duration.ofSeconds(3));
        assertThat(answer.arrived()).as(answer.body()).isTrue();
        assertThat(answer.status()).as(answer.body()).isNotEqualTo(200).isNotEqualTo(101);
        assertThat(answer.body()).doesNotContain("\"__typename\"");
        ServiceClient.http(port).get().uri("/graphql?query={query}", "{__typename}").exchange()
                .expectStatus().isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private WebSocketGraphQlClient client(Map<String, Object> connectionInit) {
        return WebSocketGraphQlClient.builder("ws://127.0.0.1:" + port + "/graphql", new StandardWebSocketClient())
                .interceptor(new WebSocketGraphQlClientInterceptor() {
                    @Override
                    public Mono<Object> connectionInitPayload() {
                        return Mono.just(connectionInit);
                    }
                })
                .build();
    }
}

package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Predicate;
import org.entente.bootstrap.EntenteApplication;
import org.entente.bootstrap.service.AccessTest.Keys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * The service on a configured MongoDB (a mongo-java-server on a loopback port that says it is a replica set's
 * primary, {@link ReplicaSetPretence}), as an operator watches it: readiness follows the server, and the Prometheus
 * scrape, for ADMIN keys only, holds the GraphQL requests' and the driver's series.
 */
@SpringBootTest(classes = EntenteApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {Keys.READER, Keys.READER_ROLE, Keys.READER_SHA, Keys.EDITOR, Keys.EDITOR_ROLE, Keys.EDITOR_SHA,
                Keys.ADMIN, Keys.ADMIN_ROLE, Keys.ADMIN_SHA, "entente.health.store-timeout=1s"})
class OnConfiguredMongoTest {
    static final int MONGO_PORT = ReplicaSetPretence.freePort();
    static ReplicaSetPretence mongo = ReplicaSetPretence.on(MONGO_PORT);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void configuredMongo(DynamicPropertyRegistry properties) {
        properties.add("spring.mongodb.uri", () -> ReplicaSetPretence.uri(MONGO_PORT));
    }

    @AfterAll
    static void stopMongo() {
        mongo.close();
    }

    @Test
    void readiness_goes_down_when_the_configured_mongodb_is_unreachable_and_up_when_it_returns() {
        assertThat(readiness()).isEqualTo(HttpStatus.OK);
        mongo.close();
        assertThat(await(status -> status == HttpStatus.SERVICE_UNAVAILABLE)).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        // liveness is the process's own: a store that is away is no reason to restart it
        ServiceClient.http(port).get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        mongo = ReplicaSetPretence.on(MONGO_PORT);
        assertThat(await(status -> status == HttpStatus.OK)).isEqualTo(HttpStatus.OK);
        ServiceClient.http(port).get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void the_scrape_with_an_admin_key_holds_graphql_requests_and_the_mongodb_driver() {
        AccessTest.post(port, AccessTest.QUERY, null).expectStatus().isOk();
        String scrape = ServiceClient.http(port).get().uri("/actuator/prometheus")
                .header(HttpHeaders.AUTHORIZATION, "Bearer admin-secret").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(scrape).containsPattern("(?m)^graphql_request_seconds_count\\{.*outcome=\"SUCCESS\".*\\} [1-9]")
                .containsPattern("(?m)^mongodb_driver_commands_seconds_count\\{.*command=\"find\".*\\} [1-9]")
                .containsPattern("(?m)^mongodb_driver_pool_size\\{.*\\} ");
    }

    @Test
    void the_scrape_without_an_admin_key_is_refused_with_a_json_body() {
        EntityExchangeResult<String> anonymous = ServiceClient.http(port).get().uri("/actuator/prometheus").exchange()
                .expectStatus().isEqualTo(HttpStatus.UNAUTHORIZED).expectBody(String.class).returnResult();
        assertThat(anonymous.getResponseHeaders().getContentType().toString()).startsWith("application/json");
        assertThat(anonymous.getResponseBody()).contains("\"classification\":\"UNAUTHORIZED\"");
        ServiceClient.http(port).get().uri("/actuator/prometheus")
                .header(HttpHeaders.AUTHORIZATION, "Bearer editor-secret").exchange()
                .expectStatus().isEqualTo(HttpStatus.FORBIDDEN)
                .expectHeader().contentTypeCompatibleWith("application/json")
                .expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("FORBIDDEN");
        ServiceClient.http(port).get().uri("/actuator/env").exchange().expectStatus().isEqualTo(HttpStatus.UNAUTHORIZED);
        ServiceClient.http(port).get().uri("/actuator/info").exchange().expectStatus().isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private HttpStatus readiness() {
        return HttpStatus.valueOf(ServiceClient.http(port).get().uri("/actuator/health/readiness").exchange()
                .returnResult(String.class).getStatus().value());
    }

    /** The readiness status once it satisfies {@code wanted}, or the last one seen after 20 s. */
    private HttpStatus await(Predicate<HttpStatus> wanted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        HttpStatus status = readiness();
        while (!wanted.test(status) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            status = readiness();
        }
        return status;
    }
}

package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.entente.storage.mongodb.MongoCommandCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Each caller spends points from a leaky bucket of its own: here 300 points refilled one a second. A request
 * costing 96 (five pages of all 18 shipped meetings) runs three times; the fourth is HTTP 429 with
 * {@code Retry-After}, an error {@code BUDGET_EXCEEDED}, and reads nothing from the store; a caller with a key has a
 * bucket of its own and is answered.
 */
@ServiceTest
@TestPropertySource(properties = {"entente.limits.budget.capacity=300", "entente.limits.budget.restore-rate=1",
        "entente.limits.max-nodes=200", "entente.limits.max-root-fields=5", AccessTest.Keys.READER,
        AccessTest.Keys.READER_ROLE, AccessTest.Keys.READER_SHA})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class BudgetOverHttpTest {
    static final String FIVE_PAGES = IntStream.range(0, 5)
            .mapToObj(i -> "p" + i + ": meetings(first: 18) { nodes { id } }")
            .collect(Collectors.joining(" ", "{\"query\":\"{ ", " }\"}"));

    @LocalServerPort
    int port;

    @Autowired
    MongoCommandCounter commands;

    @Test
    void a_caller_over_its_budget_is_refused_with_429_and_nothing_runs_while_another_caller_is_answered() {
        for (int i = 0; i < 3; i++) {
            post(null).expectStatus().isOk().expectBody()
                    .jsonPath("$.data.p0.nodes.length()").isEqualTo(18)
                    .jsonPath("$.extensions.cost.requestedQueryCost").isEqualTo(96)
                    .jsonPath("$.extensions.cost.actualQueryCost").isEqualTo(96)
                    .jsonPath("$.extensions.cost.throttleStatus.maximumAvailable").isEqualTo(300);
        }
        commands.reset();

        EntityExchangeResult<byte[]> refused = post(null).expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectBody()
                .jsonPath("$.data").doesNotExist()
                .jsonPath("$.errors[0].extensions.code").isEqualTo("BUDGET_EXCEEDED")
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("TOO_MANY_REQUESTS")
                .jsonPath("$.extensions.cost.requestedQueryCost").isEqualTo(96)
                .jsonPath("$.extensions.cost.throttleStatus.currentlyAvailable").value(Integer.class,
                        left -> assertThat(left).isLessThan(96))
                .returnResult();
        assertThat(commands.counts()).isEmpty();
        System.out.println("Over budget: HTTP 429, Retry-After " + refused.getResponseHeaders().getFirst(
                HttpHeaders.RETRY_AFTER) + ", " + new String(refused.getResponseBody(), java.nio.charset.StandardCharsets.UTF_8));
        long retryAfter = Long.parseLong(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER));
        // 96 points, of which at most a dozen are left, at one a second
        assertThat(retryAfter).isBetween(70L, 96L);

        post("reader-secret").expectStatus().isOk().expectBody()
                .jsonPath("$.data.p4.nodes.length()").isEqualTo(18)
                .jsonPath("$.extensions.cost.throttleStatus.currentlyAvailable").isEqualTo(300 - 96);
    }

    private WebTestClient.ResponseSpec post(String secret) {
        WebTestClient.RequestBodySpec request = ServiceClient.http(port).post().uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON);
        if (secret != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + secret);
        }
        return request.bodyValue(FIVE_PAGES).exchange();
    }
}

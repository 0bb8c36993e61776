package org.entente.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.bootstrap.EntenteApplication;
import org.entente.bootstrap.service.ServiceClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With an OTLP endpoint configured, a GraphQL request is traced through the HTTP server, GraphQL and the MongoDB
 * driver in one trace, and the spans reach the endpoint (a receiver in this test on a loopback port).
 */
@SpringBootTest(classes = EntenteApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mongodb.uri=", "entente.storage.embedded.backend=memory",
                "management.opentelemetry.tracing.export.schedule-delay=200ms",
                // a test's dynamic endpoint comes after TracingWhenExported has looked (a real one comes before)
                "management.tracing.export.enabled=true"})
class TracesOverOtlpTest {
    static final OtlpReceiver receiver = new OtlpReceiver();
    static final String QUERY = "{\"query\":\"{ relation(between: [\\\"VN\\\", \\\"JP\\\"]) { currentLevel { name } "
            + "meetings(first: 2) { edges { node { id } } } } }\"}";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void endpoint(DynamicPropertyRegistry properties) {
        properties.add("management.opentelemetry.tracing.export.otlp.endpoint", receiver::endpoint);
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    @Test
    void a_request_is_one_trace_through_http_graphql_and_the_mongodb_driver() throws InterruptedException {
        ServiceClient.http(port).post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(QUERY)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.data.relation.currentLevel.name").exists();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Map<String, Set<String>> traces = Map.of();
        while (System.nanoTime() < deadline) {
            traces = receiver.spans().stream().collect(Collectors.groupingBy(OtlpReceiver.Span::traceId,
                    Collectors.mapping(OtlpReceiver.Span::name, Collectors.toSet())));
            if (traces.values().stream().anyMatch(TracesOverOtlpTest::throughAll)) {
                break;
            }
            Thread.sleep(100);
        }
        List<Set<String>> whole = traces.values().stream().filter(TracesOverOtlpTest::throughAll).toList();
        assertThat(whole).as("a trace with an HTTP, a GraphQL and a MongoDB span among %s", traces).isNotEmpty();
    }

    private static boolean throughAll(Set<String> names) {
        return names.stream().anyMatch(name -> name.startsWith("http post"))
                && names.stream().anyMatch(name -> name.startsWith("graphql"))
                // the driver's spans are named collection.command
                && names.stream().anyMatch(name -> name.matches("(relations|meetings)\\.(find|aggregate)"));
    }
}

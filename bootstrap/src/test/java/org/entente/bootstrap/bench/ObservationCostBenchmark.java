package org.entente.bootstrap.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.entente.application.port.out.Storage;
import org.entente.bootstrap.EntenteApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * What observing a request costs the nested meeting page: three services at once in this JVM, on the in-memory
 * store (so that the engine's share shows) with {@code MEETINGS} meetings each, that differ only in observation:
 * none at all; Spring for GraphQL's request observation (the {@code graphql_request} timer, the default); and that
 * with tracing on (a span per request and per HTTP exchange; spans made and dropped, none exported); and the timer
 * with an observation per field fetched (which the shipped settings turn off). The services
 * take turns, round after round, so that the machine's load falls on all three alike; compare the figures as ratios
 * within one run. Prints figures; asserts nothing. Run it with {@code bench/observation-cost.sh}.
 */
public final class ObservationCostBenchmark {
    static final int MEETINGS = 200;
    static final int FIRST = 50;
    static final int ROUNDS = 5;
    static final int WARMUP = 30;
    static final int MEASURED = 60;

    record Variant(String name, String[] args) {
    }

    public static void main(String[] args) throws Exception {
        List<Variant> variants = List.of(
                new Variant("no observation", new String[] {"--management.observations.enable.graphql=false",
                        "--management.observations.enable.http=false"}),
                new Variant("graphql_request timer (default)", new String[] {}),
                new Variant("timer and tracing", new String[] {"--management.tracing.export.enabled=true"}),
                new Variant("timer and per-field observations", new String[] {
                        "--management.observations.enable.graphql.datafetcher=true"}));
        String query = new ClassPathResource("graphql-test/nested-meetings.graphql")
                .getContentAsString(StandardCharsets.UTF_8);
        JsonMapper json = JsonMapper.builder().build();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<ConfigurableApplicationContext> services = new ArrayList<>();
        try {
            List<HttpRequest> pages = new ArrayList<>();
            for (Variant variant : variants) {
                List<String> serviceArgs = new ArrayList<>(List.of("--server.port=0", "--entente.storage=memory",
                        "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                        "--entente.limits.budget.enabled=false",
                        // on a loaded machine a page may outrun the 5 s limit: this measures speed, not the limit
                        "--entente.limits.time-limit=60s"));
                serviceArgs.addAll(List.of(variant.args()));
                ConfigurableApplicationContext service = new SpringApplicationBuilder(EntenteApplication.class)
                        .run(serviceArgs.toArray(String[]::new));
                services.add(service);
                NestedMeetingsBenchmark.addMeetings(service.getBean(Storage.class));
                int port = ((WebServerApplicationContext) service).getWebServer().getPort();
                pages.add(NestedMeetingsBenchmark.nested(URI.create("http://127.0.0.1:" + port + "/graphql"), json,
                        query, FIRST));
            }
            // the code the services share is compiled once for all: warm every service before any is measured, so
            // that the first measured does not pay for the JIT alone
            for (HttpRequest page : pages) {
                for (int i = 0; i < 4 * WARMUP; i++) {
                    NestedMeetingsBenchmark.send(http, page);
                }
            }
            long[][] nanos = new long[variants.size()][ROUNDS * MEASURED];
            for (int round = 0; round < ROUNDS; round++) {
                for (int turn = 0; turn < variants.size(); turn++) {
                    int v = (round + turn) % variants.size();
                    for (int i = 0; i < WARMUP; i++) {
                        NestedMeetingsBenchmark.send(http, pages.get(v));
                    }
                    for (int i = 0; i < MEASURED; i++) {
                        long start = System.nanoTime();
                        NestedMeetingsBenchmark.send(http, pages.get(v));
                        nanos[v][round * MEASURED + i] = System.nanoTime() - start;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "nested meetings query, first: %d, in-memory store, %d meetings; %d rounds "
                    + "of %d requests per service after %d warm-up requests each%n", FIRST, MEETINGS, ROUNDS, MEASURED,
                    WARMUP);
            System.out.printf(Locale.ROOT, "%-34s %10s %10s %12s%n", "observation", "p50 ms", "p90 ms", "p50 ratio");
            double base = 0;
            for (int v = 0; v < variants.size(); v++) {
                Arrays.sort(nanos[v]);
                double p50 = NestedMeetingsBenchmark.ms(nanos[v], 0.50);
                if (v == 0) {
                    base = p50;
                }
                System.out.printf(Locale.ROOT, "%-34s %10.2f %10.2f %12.2f%n", variants.get(v).name(), p50,
                        NestedMeetingsBenchmark.ms(nanos[v], 0.90), p50 / base);
            }
        } finally {
            services.forEach(ConfigurableApplicationContext::close);
        }
    }
}

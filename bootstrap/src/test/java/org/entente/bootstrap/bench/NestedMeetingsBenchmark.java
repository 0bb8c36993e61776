package org.entente.bootstrap.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.Storage;
import org.entente.bootstrap.EntenteApplication;
import org.entente.application.port.out.RunningStore;
import org.entente.domain.common.PartialDate;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.storage.mongodb.MongoCommandCounter;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * How fast the service answers the nested meeting → attendances → person → posts query, over HTTP on loopback, on
 * the embedded MongoDB store (memory backend) with the shipped data set and {@code MEETINGS} meetings in all: the
 * latency of one client at each page size, the MongoDB commands each request costs, and the throughput of
 * {@code CLIENTS} clients at once. Prints figures; asserts nothing. Run it with {@code bench/nested-meetings.sh};
 * its one optional argument {@code memory} runs it on the in-memory store instead, to tell the store's share.
 */
public final class NestedMeetingsBenchmark {
    static final int MEETINGS = 200;
    static final int WARMUP = 50;
    static final int MEASURED = 100;
    static final int CLIENTS = 4;
    static final Duration THROUGHPUT_FOR = Duration.ofSeconds(10);

    public static void main(String[] args) throws Exception {
        String query = new ClassPathResource("graphql-test/nested-meetings.graphql")
                .getContentAsString(StandardCharsets.UTF_8);
        boolean inMemory = args.length > 0 && "memory".equals(args[0]);
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(EntenteApplication.class)
                .run("--server.port=0", "--spring.mongodb.uri=", "--entente.storage.embedded.backend=memory",
                        "--entente.storage=" + (inMemory ? "memory" : "mongodb"), "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN",
                        // one client asking for the heaviest page a hundred times in a row would spend its budget
                        // within seconds: this measures speed, not the rate limit
                        "--entente.limits.budget.enabled=false")) {
            int port = ((WebServerApplicationContext) service).getWebServer().getPort();
            addMeetings(service.getBean(Storage.class));
            RunningStore store = service.getBean(RunningStore.class);
            MongoCommandCounter commands = service.getBeanProvider(MongoCommandCounter.class)
                    .getIfAvailable(MongoCommandCounter::new);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            URI endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
            JsonMapper json = JsonMapper.builder().build();

            System.out.printf(Locale.ROOT, "%s%nnested meetings query, %d meetings, one client, %d requests after %d "
                    + "warm-up requests per page size%n", store.description(), MEETINGS, MEASURED, WARMUP);
            System.out.printf(Locale.ROOT, "%6s %10s %10s %10s %10s %16s%n", "first", "p50 ms", "p90 ms", "p99 ms",
                    "max ms", "mongo commands");
            int[] sizes = {5, 20, 50, 100};
            for (int first : sizes) {
                for (int i = 0; i < WARMUP; i++) {
                    send(http, nested(endpoint, json, query, first));
                }
            }
            for (int first : sizes) {
                HttpRequest request = nested(endpoint, json, query, first);
                commands.reset();
                long[] nanos = new long[MEASURED];
                for (int i = 0; i < MEASURED; i++) {
                    long start = System.nanoTime();
                    send(http, request);
                    nanos[i] = System.nanoTime() - start;
                }
                long perRequest = commands.total() / MEASURED;
                Arrays.sort(nanos);
                System.out.printf(Locale.ROOT, "%6d %10.2f %10.2f %10.2f %10.2f %16d%n", first, ms(nanos, 0.50),
                        ms(nanos, 0.90), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6, perRequest);
            }

            HttpRequest page = nested(endpoint, json, query, 20);
            LongAdder done = new LongAdder();
            long until = System.nanoTime() + THROUGHPUT_FOR.toNanos();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    while (System.nanoTime() < until) {
                        send(http, page);
                        done.increment();
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
            clients.shutdown();
            System.out.printf(Locale.ROOT, "throughput, first: 20, %d clients for %d s: %.1f requests/s%n", CLIENTS,
                    THROUGHPUT_FOR.toSeconds(), done.sum() / (double) THROUGHPUT_FOR.toSeconds());
        }
    }

    /** Copies of the shipped meetings, dated before them and without a session, until there are {@code MEETINGS}. */
    static void addMeetings(Storage storage) {
        List<Meeting> shipped = storage.meetings().pageById(PageRequest.first(PageRequest.MAX_SIZE)).items();
        for (int copy = 0; storage.meetings().count() < MEETINGS; copy++) {
            Meeting m = shipped.get(copy % shipped.size());
            storage.meetings().save(new Meeting(new MeetingId(String.format("bench-%03d-%s", copy, m.id().value())),
                    m.relation(), m.title(), m.kind(), m.status(), PartialDate.of(LocalDate.of(2020, 1, 1).plusDays(copy)),
                    null, m.city(), m.country(), null, m.visit(), m.areas(), m.outcomes(), m.attendances(),
                    m.commitments(), m.evidence(), 0));
        }
    }

    static HttpRequest nested(URI endpoint, JsonMapper json, String query, int first) {
        return request(endpoint, json.writeValueAsString(Map.of("query", query, "variables", Map.of("first", first))));
    }

    private static HttpRequest request(URI endpoint, String body) {
        return HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static void send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
            throw new IllegalStateException("the service answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
    }

    static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1e6;
    }
}

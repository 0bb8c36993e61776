package org.entente.bootstrap.bench;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.entente.application.port.out.Storage;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import tools.jackson.databind.JsonNode;

/**
 * The service's engine near the storage-free limit: the nested meeting page through the whole service over HTTP,
 * through spring-graphql's {@link ExecutionGraphQlService} in process (no HTTP, no servlet filters, no JSON
 * writing), and through graphql-java alone over the same records in maps ({@link StorageFreeEngine}), in one run,
 * the three interleaved request by request so that the machine's noise falls on all three alike. All three must
 * give the same answer before any is timed. Then each path runs under the flight recorder for a profile.
 */
final class EngineOverhead {
    record Figures(int first, Latencies http, Latencies inProcess, Latencies alone,
                   List<ServiceProfile.Profile> profiles) {
        double ratio() {
            return inProcess.p50() / alone.p50();
        }

        double httpRatio() {
            return http.p50() / alone.p50();
        }
    }

    private final GraphQlOverHttp http;
    private final ExecutionGraphQlService engine;
    private final StorageFreeEngine alone;
    private final ScaleQueries.ScaleQuery query;
    private final HttpRequest request;

    EngineOverhead(ConfigurableApplicationContext service, GraphQlOverHttp http, int first) throws Exception {
        this.http = http;
        this.engine = service.getBean(ExecutionGraphQlService.class);
        this.alone = new StorageFreeEngine(service.getBean(Storage.class));
        this.query = ScaleQueries.nested(first);
        this.request = http.request(query.document(), query.variables());
    }

    Figures measure(int most, Duration budget, Path profiles) throws Exception {
        JsonNode overHttp = http.data(request);
        JsonNode inProcess = GraphQlOverHttp.tree(inProcess());
        JsonNode plain = GraphQlOverHttp.tree(alone.execute(query.document(), query.variables()));
        if (!overHttp.equals(inProcess) || !inProcess.equals(plain)) {
            throw new IllegalStateException("the three paths answer the nested page differently; over HTTP:\n"
                    + overHttp.toString().substring(0, 400) + "\nalone:\n" + plain.toString().substring(0, 400));
        }
        int first = query.items(plain);
        List<Runnable> paths = List.of(this::unchecked, () -> inProcess(), () -> alone.execute(query.document(),
                query.variables()));
        long warmUntil = System.nanoTime() + budget.toNanos() / 4;
        for (int i = 0; i < 50 && System.nanoTime() < warmUntil; i++) {
            paths.forEach(Runnable::run);
        }
        long[][] nanos = new long[3][most];
        long until = System.nanoTime() + budget.toNanos();
        int n = 0;
        while (n < most && (n < 5 || System.nanoTime() < until)) {
            for (int k = 0; k < 3; k++) {
                int path = (n + k) % 3;
                long start = System.nanoTime();
                paths.get(path).run();
                nanos[path][n] = System.nanoTime() - start;
            }
            n++;
        }
        List<ServiceProfile.Profile> recorded = new ArrayList<>();
        if (profiles != null) {
            Duration each = Duration.ofSeconds(Math.max(5, budget.toSeconds() / 2));
            recorded.add(ServiceProfile.of("the service over HTTP (Tomcat's threads)",
                    profiles.resolve("engine-http.jfr"), each, thread -> thread.startsWith("http-nio"),
                    this::unchecked));
            recorded.add(ServiceProfile.of("the service in process (ExecutionGraphQlService)",
                    profiles.resolve("engine-in-process.jfr"), each, "main"::equals, this::inProcess));
            recorded.add(ServiceProfile.of("graphql-java alone over maps", profiles.resolve("engine-alone.jfr"),
                    each, "main"::equals, () -> alone.execute(query.document(), query.variables())));
        }
        return new Figures(first, Latencies.of(java.util.Arrays.copyOf(nanos[0], n)),
                Latencies.of(java.util.Arrays.copyOf(nanos[1], n)), Latencies.of(java.util.Arrays.copyOf(nanos[2], n)),
                recorded);
    }

    static void print(Figures f, int meetings) {
        System.out.printf(Locale.ROOT, "%nengine overhead: the nested page at first: %d (%d meetings returned), "
                        + "in-memory store, %,d meetings; the three paths interleaved, %d requests each%n",
                f.first(), f.first(), meetings, f.alone().count());
        System.out.printf(Locale.ROOT, "  %-52s %8s %8s %8s%n", "path", "p50 ms", "p99 ms", "max ms");
        row("the service over HTTP", f.http());
        row("the service in process (ExecutionGraphQlService)", f.inProcess());
        row("graphql-java alone over maps (storage-free limit)", f.alone());
        System.out.printf(Locale.ROOT, "  service in process / graphql-java alone: %.2f   service over HTTP / alone: "
                + "%.2f   HTTP's share: %.2f ms%n", f.ratio(), f.httpRatio(), f.http().p50() - f.inProcess().p50());
        f.profiles().forEach(ServiceProfile.Profile::print);
    }

    private static void row(String name, Latencies l) {
        System.out.printf(Locale.ROOT, "  %-52s %8.2f %8.2f %8.2f%n", name, l.p50(), l.p99(), l.max());
    }

    private Map<String, Object> inProcess() {
        ExecutionGraphQlResponse response = engine.execute(new DefaultExecutionGraphQlRequest(query.document(), null,
                query.variables(), Map.of(), UUID.randomUUID().toString(), Locale.ROOT)).block();
        if (response == null || !response.getErrors().isEmpty()) {
            throw new IllegalStateException("the service in process answered "
                    + (response == null ? "nothing" : response.getErrors()));
        }
        return response.getExecutionResult().getData();
    }

    private void unchecked() {
        try {
            http.send(request);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

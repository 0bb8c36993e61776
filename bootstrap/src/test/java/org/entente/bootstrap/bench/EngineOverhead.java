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
 * and through graphql-java alone with every field it wires sent through a data loader (what answering through
 * futures costs graphql-java itself), the four interleaved request by request so that the machine's noise falls on
 * all alike. All four must give the same answer before any is timed. Then each path runs under the flight recorder for a profile.
 */
final class EngineOverhead {
    record Figures(int first, Latencies http, Latencies inProcess, Latencies alone, Latencies aloneBatched,
                   List<ServiceProfile.Profile> profiles) {
        /** What graphql-java itself spends to answer through data loaders, against answering at once. */
        double batchingRatio() {
            return aloneBatched.p50() / alone.p50();
        }

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
    private final StorageFreeEngine aloneBatched;
    private final ScaleQueries.ScaleQuery query;
    private final HttpRequest request;

    EngineOverhead(ConfigurableApplicationContext service, GraphQlOverHttp http, int first) throws Exception {
        this.http = http;
        this.engine = service.getBean(ExecutionGraphQlService.class);
        this.alone = new StorageFreeEngine(service.getBean(Storage.class));
        this.aloneBatched = new StorageFreeEngine(service.getBean(Storage.class), true);
        this.query = ScaleQueries.nested(first);
        this.request = http.request(query.document(), query.variables());
    }

    Figures measure(int most, Duration budget, Path profiles) throws Exception {
        JsonNode overHttp = http.data(request);
        JsonNode inProcess = GraphQlOverHttp.tree(inProcess());
        JsonNode plain = GraphQlOverHttp.tree(alone.execute(query.document(), query.variables()));
        JsonNode batched = GraphQlOverHttp.tree(aloneBatched.execute(query.document(), query.variables()));
        if (!overHttp.equals(inProcess) || !inProcess.equals(plain) || !plain.equals(batched)) {
            throw new IllegalStateException("the four paths answer the nested page differently; over HTTP:\n"
                    + overHttp.toString().substring(0, 400) + "\nalone:\n" + plain.toString().substring(0, 400));
        }
        int first = query.items(plain);
        List<Latencies> timed = Latencies.interleaved(List.of(() -> {
            http.send(request);
            return 0;
        }, () -> {
            inProcess();
            return 0;
        }, () -> {
            alone.execute(query.document(), query.variables());
            return 0;
        }, () -> {
            aloneBatched.execute(query.document(), query.variables());
            return 0;
        }), 50, most, 5, budget);
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
        return new Figures(first, timed.get(0), timed.get(1), timed.get(2), timed.get(3), recorded);
    }

    static void print(Figures f, int meetings) {
        System.out.printf(Locale.ROOT, "%nengine overhead: the nested page at first: %d (%d meetings returned), "
                        + "in-memory store, %,d meetings; the four paths interleaved, %d requests each%n",
                f.first(), f.first(), meetings, f.alone().count());
        System.out.printf(Locale.ROOT, "  %-52s %8s %8s %8s%n", "path", "p50 ms", "p99 ms", "max ms");
        row("the service over HTTP", f.http());
        row("the service in process (ExecutionGraphQlService)", f.inProcess());
        row("graphql-java alone over maps (storage-free limit)", f.alone());
        row("graphql-java alone, every field through a data loader", f.aloneBatched());
        System.out.printf(Locale.ROOT, "  service in process / graphql-java alone: %.2f   service over HTTP / alone: "
                + "%.2f   HTTP's share: %.2f ms%n", f.ratio(), f.httpRatio(), f.http().p50() - f.inProcess().p50());
        System.out.printf(Locale.ROOT, "  graphql-java alone through data loaders / alone: %.2f   service in process / "
                + "alone through data loaders: %.2f%n", f.batchingRatio(), f.inProcess().p50() / f.aloneBatched().p50());
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

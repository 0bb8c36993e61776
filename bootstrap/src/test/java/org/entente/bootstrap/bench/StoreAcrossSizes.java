package org.entente.bootstrap.bench;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.application.port.out.RunningStore;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One store at every size at once: a service per size, each started in this process on an empty store with its
 * generated file imported, all of them up together, and each query timed across them request by request
 * ({@link Latencies#interleaved}), so that the sizes of a store are compared within the same moments of a noisy
 * machine. A size whose first answer to a query took longer than a quarter of the budget is timed on its own after
 * the others, without warm-up, and only once more if that first answer took longer than the whole budget.
 */
final class StoreAcrossSizes implements AutoCloseable {
    /** The service of one size, the records it counted, what starting it took and the heap it holds. */
    private record Sized(int meetings, ConfigurableApplicationContext service, Path data, GraphQlOverHttp http,
                         StoreReads reads, double startSeconds, double heapMb) {
    }

    private final ScaleBenchmark.Store store;
    private final Duration budget;
    private final List<String> notes;
    private final List<Sized> sizes = new ArrayList<>();

    StoreAcrossSizes(ScaleBenchmark.Store store, Duration budget, List<String> notes) {
        this.store = store;
        this.budget = budget;
        this.notes = notes;
    }

    /** Starts the service of one size with its file imported, and weighs the heap it added. */
    void start(int meetings, Path file, Path folder) throws Exception {
        double before = ScaleBenchmark.heapMb();
        Path data = Files.createTempDirectory(folder, store.name() + "-" + meetings + "-");
        StoreReads reads = new StoreReads();
        long start = System.nanoTime();
        ConfigurableApplicationContext service = ScaleBenchmark.start(store, data, reads,
                List.of("--entente.seed.enabled=false", "--entente.import=" + file));
        double seconds = ScaleBenchmark.seconds(start);
        double heap = ScaleBenchmark.heapMb() - before;
        sizes.add(new Sized(meetings, service, data, new GraphQlOverHttp(ScaleBenchmark.port(service)), reads,
                seconds, heap));
        System.out.printf(Locale.ROOT, "%s, %,d meetings: started, the file imported, in %.1f s; it holds %,.0f MB "
                        + "of heap after a GC (%s)%n", store.name(), meetings, seconds, heap,
                service.getBean(RunningStore.class).description());
    }

    /**
     * The six queries timed across the sizes started. {@code cursors} holds the cursor page 50 follows, per size,
     * walked on the first store that gets there. The queries run for a while first on the smallest size, so that no
     * size is measured on code the JIT has not compiled yet: each store's own (a driver, a server) as well. Each query's rows go to {@code rows} as soon as it is
     * measured, so that a run stopped midway still reports them.
     */
    void measure(Map<Integer, String> cursors, List<ScaleBenchmark.Row> rows) throws Exception {
        List<List<ScaleQueries.ScaleQuery>> queries = new ArrayList<>();
        for (Sized sized : sizes) {
            if (!cursors.containsKey(sized.meetings())) {
                cursors.put(sized.meetings(), ScaleQueries.cursorBefore(sized.http()));
            }
            queries.add(ScaleQueries.of(sized.meetings(), cursors.get(sized.meetings())));
        }
        if (!sizes.isEmpty()) {
            warmUp(sizes.get(0).http(), queries.get(0));
        }
        int count = queries.isEmpty() ? 0 : queries.get(0).size();
        for (int q = 0; q < count; q++) {
            List<HttpRequest> requests = new ArrayList<>();
            List<Integer> items = new ArrayList<>();
            List<Long> calls = new ArrayList<>();
            List<Long> firsts = new ArrayList<>();
            for (int s = 0; s < sizes.size(); s++) {
                Sized sized = sizes.get(s);
                ScaleQueries.ScaleQuery query = queries.get(s).get(q);
                HttpRequest request = sized.http().request(query.document(), query.variables());
                long callsBefore = sized.reads().calls();
                long start = System.nanoTime();
                items.add(query.items(sized.http().data(request)));
                firsts.add(System.nanoTime() - start);
                calls.add(sized.reads().calls() - callsBefore);
                requests.add(request);
            }
            List<Integer> together = new ArrayList<>();
            for (int s = 0; s < sizes.size(); s++) {
                if (firsts.get(s) <= budget.toNanos() / 4) {
                    together.add(s);
                }
            }
            Latencies[] timed = new Latencies[sizes.size()];
            List<Latencies> interleaved = Latencies.interleaved(together.stream()
                    .map(s -> counted(sizes.get(s), requests.get(s))).toList(), ScaleBenchmark.WARMUPS,
                    ScaleBenchmark.MOST, ScaleBenchmark.LEAST, budget);
            for (int i = 0; i < together.size(); i++) {
                timed[together.get(i)] = interleaved.get(i);
            }
            for (int s = 0; s < sizes.size(); s++) {
                if (timed[s] == null) {
                    timed[s] = Latencies.measure(counted(sizes.get(s), requests.get(s)), 0, ScaleBenchmark.MOST,
                            firsts.get(s) > budget.toNanos() ? 1 : ScaleBenchmark.LEAST, budget);
                }
            }
            for (int s = 0; s < sizes.size(); s++) {
                Sized sized = sizes.get(s);
                String name = queries.get(s).get(q).name();
                Latencies latencies = timed[s];
                ScaleBenchmark.Row row = new ScaleBenchmark.Row(store.name(), sized.meetings(), name, items.get(s),
                        latencies, latencies.meanFigure(), latencies.figureSteady(), calls.get(s),
                        sized.startSeconds(), sized.heapMb());
                rows.add(row);
                System.out.println("  " + ScaleBenchmark.line(row));
                if (latencies.cut()) {
                    notes.add(String.format(Locale.ROOT, "%s at %,d meetings, %s: the %d s budget cut it to %d "
                            + "measured requests", store.name(), sized.meetings(), name, budget.toSeconds(),
                            latencies.count()));
                }
            }
        }
    }

    @Override
    public void close() throws Exception {
        for (Sized sized : sizes) {
            sized.service().close();
            ScaleBenchmark.deleteAll(sized.data());
        }
    }

    /** A request whose figure is the records the store of its service returned for it. */
    private static Latencies.Request counted(Sized sized, HttpRequest request) {
        return () -> {
            long before = sized.reads().records();
            sized.http().send(request);
            return sized.reads().records() - before;
        };
    }

    private void warmUp(GraphQlOverHttp http, List<ScaleQueries.ScaleQuery> queries) throws Exception {
        Duration warming = Duration.ofSeconds(Math.max(20, 2 * budget.toSeconds()));
        List<HttpRequest> requests = queries.stream().map(q -> http.request(q.document(), q.variables())).toList();
        long until = System.nanoTime() + warming.toNanos();
        int sent = 0;
        while (System.nanoTime() < until) {
            http.send(requests.get(sent++ % requests.size()));
        }
        System.out.printf(Locale.ROOT, "  (warmed up on %,d meetings: %,d requests of the six queries in turn for %d "
                + "s)%n", sizes.get(0).meetings(), sent, warming.toSeconds());
    }
}

package org.entente.bootstrap.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.entente.application.criteria.MeetingCriteria;
import org.entente.application.port.out.Storage;
import org.entente.bootstrap.EntenteApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The scale benchmark (issue 12): for each store, a service per size of the generated data set
 * ({@link ScaleDataSetFile}), each started in this process on an empty store with the file imported with
 * {@code --entente.import}, all up together, and six queries timed over HTTP on loopback, one client, across the
 * sizes request by request ({@link StoreAcrossSizes}): p50 and p99, the records the store returned per request
 * (counted whatever the store, by {@link StoreReads}), the port calls, and the heap each service holds after a GC.
 * Then the engine's overhead
 * near the storage-free limit ({@link EngineOverhead}), and sixteen clients at once on the shipped data set. Prints
 * the tables and the figures against the issue's targets; writes a CSV and a PNG chart. Asserts nothing.
 * Run it with {@code bench/scale.sh} (its usage is in {@link #USAGE}).
 */
public final class ScaleBenchmark {
    static final String USAGE = """
            usage: bench/scale.sh [meetings...] [--stores=memory,embedded] [--store=NAME:ARGS] [--budget=SECONDS]
                                  [--out=DIR] [--clients=N] [--skip=STORE@MEETINGS] [--up-to=STORE@MEETINGS]
                                  [--no-engine] [--no-clients] [--no-profile] [--help]
              meetings      sizes of the generated data set (default 1000 10000 100000)
              --stores      stores to run, of: %s (default memory,embedded); postgresql runs on
                            a fresh database of ENTENTE_POSTGRES_URL's server, or of one it starts from the
                            installed PostgreSQL (the tests' server, with fsync=off) and stops at the end
              --store       one more store: a name, a colon, then the service's arguments for it, separated by
                            spaces; {dir} stands for a fresh folder for its data, {postgresql} for a fresh
                            database as above. For instance --store='pg-small-pool:{postgresql}
                                     --spring.datasource.hikari.maximum-pool-size=2' (one argument)
              --budget      seconds of measured requests per query, store and size (default 10); a slower one is
                            cut short, and says so
              --out         where the CSV, the markdown, the PNG and the flight recordings go (default
                            target/scale)
              --clients     clients at once on the shipped data set (default 16)
              --skip        leaves out one store at one size, such as --skip=embedded@100000 (may be repeated)
              --up-to       the largest size a store runs at, such as --up-to=embedded@100000 (default
                            embedded@10000: the embedded server scans, its nested page takes seconds at 10,000)
              --no-engine   leaves out the engine overhead; --no-clients the clients at once; --no-profile the
                            flight recordings of the engine's three paths
            """;

    /** A store the service can run on: a name for the tables and the service's arguments for it. */
    record Store(String name, List<String> arguments) {
        List<String> argumentsIn(Path folder) {
            return arguments.stream().flatMap(a -> a.equals(ScalePostgres.FRESH_DATABASE)
                    ? ScalePostgres.freshDatabase().stream() : Stream.of(a.replace("{dir}", folder.toString())))
                    .toList();
        }
    }

    static final Map<String, Store> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("memory", new Store("memory", List.of("--entente.storage=memory")));
        KNOWN.put("embedded", new Store("embedded", List.of("--entente.storage=mongodb", "--spring.mongodb.uri=",
                "--entente.storage.embedded.backend=file", "--entente.storage.embedded.path={dir}/entente.mv")));
        KNOWN.put("postgresql", new Store("postgresql", List.of(ScalePostgres.FRESH_DATABASE)));
    }

    /** One query's figures on one store at one size. */
    record Row(String store, int meetings, String query, int items, Latencies latencies, double records,
               boolean recordsSteady, double calls, double startSeconds, double heapMb) {
    }

    /**
     * One store on the shipped data set ({@code meetings} of them): the nested page sent by one client, then by
     * {@code clients} at once.
     */
    record Crowd(String store, long meetings, Latencies one, int clients, Latencies latencies, double perSecond) {
    }

    static final int WARMUPS = 20;
    static final int MOST = 200;
    static final int LEAST = 3;

    private final List<Integer> sizes = new ArrayList<>();
    private final List<Store> stores = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    /** The largest size each store runs at: the embedded server scans, and would take hours at 100,000. */
    private final Map<String, Integer> upTo = new HashMap<>(Map.of("embedded", 10_000));
    private String command = "bench/scale.sh";
    /** Set when the JVM is stopped (a signal): the part running fails, no other starts, and the report is written. */
    private volatile boolean stopping;
    private final CountDownLatch reported = new CountDownLatch(1);
    private Duration budget = Duration.ofSeconds(10);
    private Path out = Path.of("target", "scale");
    private int clients = 16;
    private boolean engine = true;
    private boolean crowd = true;
    private boolean profile = true;

    private final List<Row> rows = new ArrayList<>();
    private final List<Crowd> crowds = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private EngineOverhead.Figures overhead;
    private int overheadSize;
    /** The cursor page 50 follows, per size: walked once, on the first store, and then the same for every store. */
    private final Map<Integer, String> cursors = new HashMap<>();

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        ScaleBenchmark bench = new ScaleBenchmark();
        if (Arrays.asList(args).contains("--help")) {
            System.out.printf(USAGE, String.join(", ", KNOWN.keySet()));
            return;
        }
        String refused = bench.read(args);
        if (refused != null) {
            System.err.println(refused);
            System.err.printf(USAGE, String.join(", ", KNOWN.keySet()));
            System.exit(2);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            bench.stopping = true;
            try {
                // Spring's own hook closes the services meanwhile; the report of what was measured is still written
                bench.reported.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "scale-benchmark-stopping"));
        try {
            bench.run();
        } finally {
            bench.reported.countDown();
        }
    }

    /** Reads the arguments; returns what is wrong with them, or null. */
    private String read(String[] args) {
        List<String> storeNames = new ArrayList<>(List.of("memory", "embedded"));
        List<Store> more = new ArrayList<>();
        command = String.join(" ", Stream.concat(Stream.of("bench/scale.sh"), Arrays.stream(args)).toList());
        try {
            for (String arg : args) {
                if (arg.matches("\\d+")) {
                    sizes.add(Integer.parseInt(arg));
                } else if (arg.startsWith("--stores=")) {
                    storeNames = Arrays.asList(arg.substring("--stores=".length()).split(","));
                } else if (arg.startsWith("--store=") && arg.indexOf(':') > "--store=".length()) {
                    String spec = arg.substring("--store=".length());
                    more.add(new Store(spec.substring(0, spec.indexOf(':')),
                            Arrays.asList(spec.substring(spec.indexOf(':') + 1).trim().split("\\s+"))));
                } else if (arg.startsWith("--budget=")) {
                    budget = Duration.ofSeconds(Long.parseLong(arg.substring("--budget=".length())));
                } else if (arg.startsWith("--out=")) {
                    out = Path.of(arg.substring("--out=".length()));
                } else if (arg.matches("--up-to=[^@]+@\\d+")) {
                    String spec = arg.substring("--up-to=".length());
                    upTo.put(spec.substring(0, spec.indexOf('@')),
                            Integer.parseInt(spec.substring(spec.indexOf('@') + 1)));
                } else if (arg.matches("--skip=[^@]+@\\d+")) {
                    skipped.add(arg.substring("--skip=".length()));
                } else if (arg.startsWith("--clients=")) {
                    clients = Integer.parseInt(arg.substring("--clients=".length()));
                } else if (arg.equals("--no-engine")) {
                    engine = false;
                } else if (arg.equals("--no-clients")) {
                    crowd = false;
                } else if (arg.equals("--no-profile")) {
                    profile = false;
                } else {
                    return "bench/scale.sh: '" + arg + "' is not an argument of the scale benchmark";
                }
            }
        } catch (NumberFormatException e) {
            return "bench/scale.sh: a number was expected: " + e.getMessage();
        }
        for (String name : storeNames) {
            if (!name.isBlank() && !KNOWN.containsKey(name.trim())) {
                return "bench/scale.sh: '" + name + "' is not a store the benchmark knows; add it with --store=";
            }
            if (!name.isBlank()) {
                stores.add(KNOWN.get(name.trim()));
            }
        }
        stores.addAll(more);
        if (sizes.isEmpty()) {
            sizes.addAll(List.of(1_000, 10_000, 100_000));
        }
        if (sizes.stream().anyMatch(n -> n < 2 * ScaleDataSet.RELATIONS)) {
            return "bench/scale.sh: a generated data set holds at least " + 2 * ScaleDataSet.RELATIONS + " meetings";
        }
        Collections.sort(sizes);
        return stores.isEmpty() ? "bench/scale.sh: no store to run" : null;
    }

    private void run() throws Exception {
        Files.createDirectories(out);
        Path folder = Files.createTempDirectory("entente-scale-");
        String started = machine();
        System.out.println("scale benchmark, " + started);
        System.out.printf(Locale.ROOT, "sizes %s, stores %s, %d warm-up and at most %d measured requests per query "
                        + "within %d s, one client over HTTP on 127.0.0.1, the sizes of a store up together and "
                        + "timed request by request%n", sizes,
                stores.stream().map(Store::name).toList(), WARMUPS, MOST, budget.toSeconds());
        try {
            Map<Integer, Path> files = new LinkedHashMap<>();
            for (int size : sizes) {
                Path file = folder.resolve("scale-" + size + ".json");
                long start = System.nanoTime();
                ScaleDataSetFile.write(size, file);
                files.put(size, file);
                System.out.printf(Locale.ROOT, "generated %,d meetings in %.1f s: %s, %,d bytes%n", size,
                        seconds(start), file.getFileName(), Files.size(file));
            }
            for (Store store : stores) {
                System.out.println();
                try (StoreAcrossSizes across = new StoreAcrossSizes(store, budget, notes)) {
                    for (int size : sizes) {
                        if (skipped.contains(store.name() + "@" + size)) {
                            notes.add(String.format(Locale.ROOT, "%s at %,d meetings: left out (--skip)",
                                    store.name(), size));
                        } else if (size > upTo.getOrDefault(store.name(), Integer.MAX_VALUE)) {
                            String note = String.format(Locale.ROOT, "%s at %,d meetings: left out, above the "
                                            + "%,d it runs at (--up-to=%s@%d runs it)%s", store.name(), size,
                                    upTo.get(store.name()), store.name(), size, store.name().equals("embedded")
                                            ? "; the embedded server scans every query but _id" : "");
                            notes.add(note);
                            System.out.println("  " + note);
                        } else {
                            survive(store.name() + " at " + size + " meetings",
                                    () -> across.start(size, files.get(size), folder));
                        }
                    }
                    survive(store.name(), () -> across.measure(cursors, rows));
                }
            }
            if (engine && stores.stream().anyMatch(s -> s.name().equals("memory"))) {
                int size = sizes.get(0);
                survive("the engine overhead", () -> overhead(size, files.get(size), folder));
            }
            if (crowd) {
                for (Store store : stores) {
                    survive(store.name() + " with " + clients + " clients", () -> crowd(store, folder));
                }
            }
        } finally {
            deleteAll(folder);
        }
        report(started);
    }

    /** On a service of its own, without the counting of {@link StoreReads}, so that the service runs as shipped. */
    private void overhead(int size, Path file, Path folder) throws Exception {
        Path data = Files.createTempDirectory(folder, "overhead-");
        try (ConfigurableApplicationContext service = start(KNOWN.get("memory"), data, null,
                List.of("--entente.seed.enabled=false", "--entente.import=" + file))) {
            EngineOverhead measuring = new EngineOverhead(service, new GraphQlOverHttp(port(service)), 100);
            overhead = measuring.measure(300, budget.multipliedBy(2), profile ? out : null);
            overheadSize = size;
            EngineOverhead.print(overhead, size);
        } finally {
            deleteAll(data);
        }
    }

    /** {@code clients} clients at once, each sending the nested page as soon as its last answer came. */
    private void crowd(Store store, Path folder) throws Exception {
        Path data = Files.createTempDirectory(folder, store.name() + "-shipped-");
        try (ConfigurableApplicationContext service = start(store, data, null, List.of())) {
            GraphQlOverHttp http = new GraphQlOverHttp(port(service));
            ScaleQueries.ScaleQuery nested = ScaleQueries.nested(ScaleQueries.PAGE);
            HttpRequest request = http.request(nested.document(), nested.variables());
            long meetings = service.getBean(Storage.class).meetings().count(MeetingCriteria.ALL);
            long warmUntil = System.nanoTime() + budget.toNanos();
            for (int i = 0; i < 100 && System.nanoTime() < warmUntil; i++) {
                http.send(request);
            }
            Latencies one = Latencies.measure(() -> {
                http.send(request);
                return 0;
            }, 0, MOST, LEAST, budget);
            System.out.printf(Locale.ROOT, "%n%s, shipped data set (%d meetings), one client, nested page first: %d: "
                            + "%,d requests, p50 %.2f ms, p99 %.2f ms%n", store.name(), meetings, ScaleQueries.PAGE,
                    one.count(), one.p50(), one.p99());
            int each = MOST;
            long[][] nanos = new long[clients][each];
            int[] done = new int[clients];
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                running.add(pool.submit(() -> {
                    go.await();
                    long until = System.nanoTime() + budget.toNanos();
                    while (done[client] < each && System.nanoTime() < until) {
                        long start = System.nanoTime();
                        http.send(request);
                        nanos[client][done[client]++] = System.nanoTime() - start;
                    }
                    return null;
                }));
            }
            long begin = System.nanoTime();
            go.countDown();
            for (Future<?> client : running) {
                client.get();
            }
            double seconds = seconds(begin);
            pool.shutdown();
            long[] all = IntStream.range(0, clients).mapToObj(c -> Arrays.stream(nanos[c], 0, done[c]))
                    .flatMapToLong(s -> s).toArray();
            Latencies latencies = Latencies.of(all);
            Crowd figures = new Crowd(store.name(), meetings, one, clients, latencies, all.length / seconds);
            crowds.add(figures);
            System.out.printf(Locale.ROOT, "%s, shipped data set, %d clients at once, nested page first: %d: "
                            + "%,d requests, p50 %.2f ms, p99 %.2f ms, %.1f requests/s%n", store.name(), clients,
                    ScaleQueries.PAGE, latencies.count(), latencies.p50(), latencies.p99(), figures.perSecond());
        } finally {
            deleteAll(data);
        }
    }

    interface Part {
        void run() throws Exception;
    }

    /** Runs one part of the benchmark; one that fails is noted in one line and the others go on. */
    private void survive(String part, Part work) {
        if (stopping) {
            notes.add(part + ": not run, the benchmark was stopped");
            return;
        }
        try {
            work.run();
        } catch (Exception | OutOfMemoryError e) {
            String failure = stopping ? part + ": cut short, the benchmark was stopped (" + e + ")"
                    : part + " failed: " + e;
            notes.add(failure);
            System.out.println("  " + failure);
        }
    }

    static ConfigurableApplicationContext start(Store store, Path data, StoreReads reads, List<String> more) {
        // the benchmark times how long a page takes, however long: the service's time limit would stop the slowest;
        // and one client asking for the same page again and again would spend its budget and be throttled
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN", "--entente.limits.time-limit=10m",
                "--entente.limits.budget.enabled=false"));
        arguments.addAll(store.argumentsIn(data));
        arguments.addAll(more);
        SpringApplicationBuilder builder = new SpringApplicationBuilder(EntenteApplication.class);
        if (reads != null) {
            builder.initializers(context -> context.getBeanFactory().addBeanPostProcessor(reads));
        }
        return builder.run(arguments.toArray(String[]::new));
    }

    private void report(String started) throws IOException {
        ScaleReport report = new ScaleReport(started, command, stores.stream().map(Store::name).toList(), rows,
                overhead, overheadSize, crowds, sizes, notes);
        report.print();
        Path csv = out.resolve("scale.csv");
        Path md = out.resolve("scale.md");
        Path png = out.resolve("scale.png");
        report.csv(csv);
        report.markdown(md);
        report.chart(png);
        System.out.println("\nwrote " + csv + ", " + md + " (the tables for docs/performance.md) and " + png);
    }

    static String header() {
        return String.format(Locale.ROOT, "%-10s %9s  %-19s %5s %8s %8s %8s %5s %9s %6s", "store", "meetings",
                "query", "items", "p50 ms", "p99 ms", "max ms", "reqs", "records", "calls");
    }

    static String line(Row r) {
        return String.format(Locale.ROOT, "%-10s %,9d  %-19s %5d %8.2f %8.2f %8.2f %4d%s %8.1f%s %6.0f", r.store(),
                r.meetings(), r.query(), r.items(), r.latencies().p50(), r.latencies().p99(), r.latencies().max(),
                r.latencies().count(), r.latencies().cut() ? "*" : " ", r.records(), r.recordsSteady() ? " " : "~",
                r.calls());
    }

    private int storeOrder(String name) {
        for (int i = 0; i < stores.size(); i++) {
            if (stores.get(i).name().equals(name)) {
                return i;
            }
        }
        return stores.size();
    }

    /** The machine's state, for the figures to be read against: a shared machine is noisy. */
    private static String machine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return String.format(Locale.ROOT, "%s, %d cores, load average %.2f at the start, Java %s, max heap %,d MB",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), os.getAvailableProcessors(),
                os.getSystemLoadAverage(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
    }

    static int port(ConfigurableApplicationContext service) {
        return ((WebServerApplicationContext) service).getWebServer().getPort();
    }

    static double heapMb() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static void deleteAll(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}

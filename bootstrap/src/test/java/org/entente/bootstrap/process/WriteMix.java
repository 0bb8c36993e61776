package org.entente.bootstrap.process;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * Writers of a curation desk against a running service: each records a new meeting under an idempotency key or
 * corrects the title of a shipped one from the version it just read, at random, until stopped. It keeps what the
 * service acknowledged and what was still under way, for the crash harness to check and the benchmark to count.
 */
public final class WriteMix {
    public static final String MEETINGS = """
            query($after: String) { meetings(first: 100, after: $after) {
              nodes { id version history { totalCount } } pageInfo { hasNextPage endCursor } } }""";
    public static final String FIND =
            "query($ids: [ID!]!) { nodes(ids: $ids) { ... on Meeting { id version title } } }";

    /** The latest correction of a meeting the service acknowledged. */
    public record Correction(long version, String title) {
    }

    private final Curator curator;
    private final String prefix;
    private final List<String> shipped = new ArrayList<>();
    private final ConcurrentMap<String, String> created = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> underWay = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Correction> corrected = new ConcurrentHashMap<>();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final List<Future<?>> running = new ArrayList<>();
    private ExecutorService writers;

    /** Writers whose keys start with {@code prefix}, correcting the meetings stored now but their own. */
    public WriteMix(Curator curator, String prefix) throws IOException {
        this.curator = curator;
        this.prefix = prefix;
        for (JsonNode meeting : curator.query(MEETINGS, Map.of()).path("meetings").path("nodes")) {
            if (!Curator.rawId(meeting.path("id").asString()).startsWith("Meeting:" + localIdOf(""))) {
                shipped.add(meeting.path("id").asString());
            }
        }
    }

    /** The local id a creation under {@code key} records. */
    public static String localIdOf(String key) {
        return "crash-" + key;
    }

    public static String titleOf(String key) {
        return "Crash harness meeting " + key;
    }

    /** Starts {@code count} writers, each from its own seed out of {@code random}. */
    public void start(int count, Random random) {
        writers = Executors.newFixedThreadPool(count);
        for (int w = 0; w < count; w++) {
            int writer = w;
            long seed = random.nextLong();
            running.add(writers.submit(() -> {
                write(writer, new Random(seed));
                return null;
            }));
        }
    }

    /** How many writes the service has acknowledged so far. */
    public int acknowledged() {
        return acknowledged.get();
    }

    /**
     * Stops the writers and waits for them; with {@code serviceGone} the service was killed, and a writer cut off
     * mid-request is expected. Any other failure of a writer is thrown here.
     */
    public void stop(boolean serviceGone) throws Exception {
        stopped.set(true);
        writers.shutdown();
        for (Future<?> writer : running) {
            try {
                writer.get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                if (!(serviceGone && e.getCause() instanceof IOException)) {
                    throw e;
                }
            }
        }
    }

    /** Creations acknowledged: key to global id. */
    public Map<String, String> created() {
        return Map.copyOf(created);
    }

    /** Creations sent and not answered: key to local id. */
    public Map<String, String> underWay() {
        return Map.copyOf(underWay);
    }

    /** The latest acknowledged correction of each meeting corrected: global id to correction. */
    public Map<String, Correction> corrected() {
        return Map.copyOf(corrected);
    }

    private void write(int writer, Random random) throws IOException {
        for (int n = 0; !stopped.get(); n++) {
            if (random.nextBoolean()) {
                String key = prefix + "-w" + writer + "-" + n;
                underWay.put(key, localIdOf(key));
                JsonNode answer = curator.record(key, localIdOf(key), titleOf(key));
                String id = answer.path("meeting").path("id").asString(null);
                if (id == null) {
                    throw new IllegalStateException("recordMeeting refused " + key + ": " + answer);
                }
                created.put(key, id);
                underWay.remove(key);
            } else {
                String id = shipped.get(random.nextInt(shipped.size()));
                long version = curator.query(FIND, Map.of("ids", List.of(id))).path("nodes").get(0).path("version")
                        .asLong();
                String title = "Corrected by " + prefix + " writer " + writer + ", #" + n;
                JsonNode meeting = curator.update(id, version, title).path("meeting");
                if (meeting.isObject()) {
                    corrected.merge(id, new Correction(meeting.path("version").asLong(), title),
                            (a, b) -> a.version() >= b.version() ? a : b);
                }
            }
            acknowledged.incrementAndGet();
        }
    }
}

package org.entente.bootstrap.crash;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.entente.bootstrap.process.Curator;
import org.entente.bootstrap.process.ServiceProcess;
import org.entente.bootstrap.process.WriteMix;
import tools.jackson.databind.JsonNode;

/**
 * Kills the service mid-write and counts what it lost. Each round: writers record meetings (each under an
 * idempotency key) and correct the shipped ones (each from the version they read) against the service on the
 * default file store; at a random moment the JVM is killed with SIGKILL; the service is started again on the same
 * folder and asked about every write it had answered. It counts the acknowledged creations missing, the acknowledged
 * corrections lost, the meetings whose history holds other than one revision per version, and the keys that do not
 * answer when their request is sent again (every request that was under way at the kill is). Prints the counts;
 * {@code main} exits 1 on any loss. Traffic goes to 127.0.0.1 only, bounded by rounds and seconds.
 */
public final class CrashHarness {
    static final Duration START = Duration.ofSeconds(120);
    /** How many rounds, how many writers, and how long they write before the kill may come. */
    record Settings(int rounds, int writers, Duration writing, long seed) {
    }

    /** What one round found after the restart. */
    record Round(int number, int creations, int corrections, int underWay, double killedAfter, double writesPerSecond,
                 int lostCreations, int lostCorrections, int mismatched, int stuck) {
        int losses() {
            return lostCreations + lostCorrections + mismatched + stuck;
        }
    }

    private CrashHarness() {
    }

    /** Arguments: rounds, writers, seconds of writing per round (defaults 5, 8, 5). */
    public static void main(String[] args) throws Exception {
        Settings settings = new Settings(arg(args, 0, 5), arg(args, 1, 8), Duration.ofSeconds(arg(args, 2, 5)),
                System.nanoTime());
        Path folder = Files.createTempDirectory("entente-crash-");
        List<Round> rounds = run(folder, settings, System.out);
        System.exit(rounds.stream().mapToInt(Round::losses).sum() == 0 ? 0 : 1);
    }

    static List<Round> run(Path folder, Settings settings, PrintStream out) throws Exception {
        List<String> args = new ArrayList<>(List.of("--entente.storage.embedded.path=" + folder.resolve("entente.mv"),
                "--logging.level.root=WARN"));
        args.addAll(Arrays.asList(Curator.keyProperties()));
        Random random = new Random(settings.seed());
        out.printf(Locale.ROOT, "crash harness: %d rounds, %d writers, up to %d s of writing, SIGKILL, data in %s%n",
                settings.rounds(), settings.writers(), settings.writing().toSeconds(), folder);
        out.printf(Locale.ROOT, "%5s %9s %11s %9s %9s %8s %14s %16s %10s %6s%n", "round", "created", "corrected",
                "under way", "killed s", "writes/s", "lost creations", "lost corrections", "mismatched", "stuck");
        List<Round> rounds = new ArrayList<>();
        ServiceProcess service = ServiceProcess.start(folder, args);
        try {
            for (int number = 1; number <= settings.rounds(); number++) {
                Curator curator = new Curator(service.awaitPort(START));
                Writes writes = write(curator, service, settings, number, random);
                service = ServiceProcess.start(folder, args);
                Round round = check(new Curator(service.awaitPort(START)), number, writes);
                rounds.add(round);
                out.printf(Locale.ROOT, "%5d %9d %11d %9d %9.2f %8.1f %14d %16d %10d %6d%n", round.number(),
                        round.creations(), round.corrections(), round.underWay(), round.killedAfter(),
                        round.writesPerSecond(), round.lostCreations(), round.lostCorrections(), round.mismatched(),
                        round.stuck());
            }
        } finally {
            service.close();
        }
        out.printf(Locale.ROOT, "total: %d acknowledged writes, %d lost creations, %d lost corrections, %d mismatched "
                        + "histories, %d stuck keys%n",
                rounds.stream().mapToInt(r -> r.creations() + r.corrections()).sum(),
                rounds.stream().mapToInt(Round::lostCreations).sum(),
                rounds.stream().mapToInt(Round::lostCorrections).sum(),
                rounds.stream().mapToInt(Round::mismatched).sum(), rounds.stream().mapToInt(Round::stuck).sum());
        return rounds;
    }

    /** What the writers of one round were told, and when the service was killed. */
    private record Writes(WriteMix mix, double killedAfter, double writesPerSecond) {
    }

    private static Writes write(Curator curator, ServiceProcess service, Settings settings, int round, Random random)
            throws Exception {
        WriteMix mix = new WriteMix(curator, "r" + round);
        mix.start(settings.writers(), random);
        long started = System.nanoTime();
        long millis = settings.writing().toMillis();
        Thread.sleep((long) (millis * 0.3 + random.nextDouble() * millis * 0.7));
        int acknowledged = mix.acknowledged();
        double killedAfter = (System.nanoTime() - started) / 1e9;
        service.kill();
        mix.stop(true);
        return new Writes(mix, killedAfter, acknowledged / killedAfter);
    }

    private static Round check(Curator curator, int number, Writes writes) throws IOException {
        int lostCreations = 0;
        WriteMix mix = writes.mix();
        for (List<String> ids : chunks(new ArrayList<>(mix.created().values()))) {
            for (JsonNode meeting : curator.query(WriteMix.FIND, Map.of("ids", ids)).path("nodes")) {
                if (!meeting.isObject() || meeting.path("version").asLong() < 1) {
                    lostCreations++;
                }
            }
        }
        int lostCorrections = 0;
        for (List<String> ids : chunks(new ArrayList<>(mix.corrected().keySet()))) {
            for (JsonNode meeting : curator.query(WriteMix.FIND, Map.of("ids", ids)).path("nodes")) {
                WriteMix.Correction acknowledged = mix.corrected().get(meeting.path("id").asString());
                long version = meeting.path("version").asLong();
                if (version < acknowledged.version()
                        || version == acknowledged.version() && !acknowledged.title().equals(meeting.path("title").asString())) {
                    lostCorrections++;
                }
            }
        }
        // every request under way at the kill, and some that were answered, sent again with their key
        int stuck = 0;
        Map<String, String> again = new LinkedHashMap<>(mix.underWay());
        mix.created().keySet().stream().limit(10).forEach(key -> again.put(key, WriteMix.localIdOf(key)));
        for (Map.Entry<String, String> request : again.entrySet()) {
            JsonNode answer;
            try {
                answer = curator.record(request.getKey(), request.getValue(), WriteMix.titleOf(request.getKey()));
            } catch (IllegalStateException error) {
                stuck++;
                continue;
            }
            JsonNode meeting = answer.path("meeting");
            if (!meeting.isObject() || !meeting.path("id").asString().equals(Curator.globalId("Meeting", request.getValue()))
                    || meeting.path("version").asLong() != 1) {
                stuck++;
            }
        }
        int mismatched = 0;
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            JsonNode page = curator.query(WriteMix.MEETINGS, variables).path("meetings");
            for (JsonNode meeting : page.path("nodes")) {
                if (meeting.path("version").asLong() != meeting.path("history").path("totalCount").asLong()) {
                    mismatched++;
                }
            }
            after = page.path("pageInfo").path("hasNextPage").asBoolean()
                    ? page.path("pageInfo").path("endCursor").asString() : null;
        } while (after != null);
        return new Round(number, mix.created().size(), mix.corrected().size(), mix.underWay().size(),
                writes.killedAfter(), writes.writesPerSecond(), lostCreations, lostCorrections, mismatched, stuck);
    }

    private static List<List<String>> chunks(List<String> ids) {
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 50) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + 50)));
        }
        return chunks;
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}

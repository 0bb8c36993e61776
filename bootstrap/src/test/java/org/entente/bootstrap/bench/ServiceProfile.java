package org.entente.bootstrap.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU time of a request goes, from the JDK Flight Recorder's execution samples taken while a loop sends
 * it: each sample is charged to the library of the innermost frame outside the JDK (so a {@code HashMap.get} called
 * by graphql-java is graphql-java's), and the share of samples under a few frames of interest (the parser, the
 * validator, the data loaders, the observations...) is counted too. The recording is kept as a .jfr file for
 * {@code jfr print}.
 */
final class ServiceProfile {
    /** Libraries by package prefix, the first that matches; anything else is named by its first two segments. */
    private static final String[][] LIBRARIES = {
            {"graphql.parser", "graphql-java: parsing"},
            {"graphql.validation", "graphql-java: validation"},
            {"graphql.execution.instrumentation", "graphql-java: instrumentation"},
            {"graphql.", "graphql-java: execution"},
            {"org.dataloader", "java-dataloader"},
            {"reactor.", "Reactor"},
            {"io.micrometer", "Micrometer (observations, context propagation)"},
            {"org.springframework.graphql", "spring-graphql"},
            {"org.springframework.security", "Spring Security"},
            {"org.springframework.web", "Spring MVC"},
            {"org.springframework.http", "Spring MVC"},
            {"org.springframework.", "Spring (other)"},
            {"org.apache.", "Tomcat"},
            {"tools.jackson", "Jackson"},
            {"com.fasterxml.jackson", "Jackson"},
            {"org.entente.graphql", "Entente GraphQL adapter"},
            {"org.entente.application", "Entente application"},
            {"org.entente.storage", "Entente store"},
            {"org.entente.domain", "Entente domain"},
            {"org.entente.bootstrap.bench", "the benchmark itself"},
            {"org.entente.bootstrap", "Entente bootstrap (security filters)"}};

    /**
     * Frames of interest: a sample counts under each whose frame is anywhere on its stack, with all the work that
     * frame calls (so these are no parts of a whole).
     */
    private static final String[][] UNDER = {
            {"graphql.parser.Parser.", "parsing the document (graphql.parser.Parser)"},
            {"org.entente.bootstrap.security.MutationGate.runsMutation", "  of which the security filter's own parse"},
            {"graphql.validation.Validator.", "validating it (graphql.validation.Validator)"},
            {"org.springframework.graphql.data.method.annotation.support.DataFetcherHandlerMethodSupport"
                    + ".getMethodArgumentValues", "resolving controller arguments (spring-graphql)"},
            {"org.entente.graphql.page.Cursors.encode", "cursors (Cursors.encode)"},
            {"org.entente.graphql.node.GlobalId.", "global ids (GlobalId)"},
            {"org.entente.domain.common.PartialDate.sortKey", "date sort keys (PartialDate.sortKey, String.format)"},
            {"org.entente.domain.person.NameKey.fold", "name folding (NameKey.fold, regular expressions)"},
            {"org.entente.application.service.", "use cases (org.entente.application.service)"},
            {"org.entente.storage.", "the store (org.entente.storage)"},
            {"tools.jackson.", "JSON (Jackson)"}};

    record Share(String name, long samples) {
    }

    /** What the samples of one path say. */
    record Profile(String path, long samples, List<Share> libraries, List<Share> under, List<Share> charged,
                   List<Share> topMethods, Path file) {
        void print() {
            System.out.printf(Locale.ROOT, "%nprofile of %s: %,d execution samples (JFR, every 2 ms), %s%n", path,
                    samples, file);
            System.out.println("  charged to the innermost frame outside the JDK:");
            libraries.forEach(s -> line(s));
            System.out.println("  samples with the frame anywhere on the stack:");
            under.forEach(s -> line(s));
            System.out.println("  the methods charged (innermost frame outside the JDK):");
            charged.forEach(s -> line(s));
            System.out.println("  top frames (self time):");
            topMethods.forEach(s -> line(s));
        }

        private void line(Share share) {
            System.out.printf(Locale.ROOT, "    %5.1f%%  %s%n", 100.0 * share.samples() / Math.max(1, samples),
                    share.name());
        }
    }

    private ServiceProfile() {
    }

    /** Runs {@code loop} for {@code duration} under the recorder and reads the samples of the threads selected. */
    static Profile of(String path, Path file, Duration duration, Predicate<String> threads, Loop loop)
            throws Exception {
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(2));
            recording.start();
            long until = System.nanoTime() + duration.toNanos();
            while (System.nanoTime() < until) {
                loop.once();
            }
            recording.stop();
            recording.dump(file);
        }
        return read(path, file, threads);
    }

    interface Loop {
        void once() throws Exception;
    }

    private static Profile read(String path, Path file, Predicate<String> threads) throws IOException {
        Map<String, Long> libraries = new LinkedHashMap<>();
        Map<String, Long> under = new LinkedHashMap<>();
        Map<String, Long> top = new LinkedHashMap<>();
        Map<String, Long> charged = new LinkedHashMap<>();
        long samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!"jdk.ExecutionSample".equals(event.getEventType().getName()) || event.getStackTrace() == null
                    || event.getThread("sampledThread") == null
                    || !threads.test(event.getThread("sampledThread").getJavaName())) {
                continue;
            }
            samples++;
            List<String> frames = new ArrayList<>();
            for (RecordedFrame frame : event.getStackTrace().getFrames()) {
                frames.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
            }
            if (!frames.isEmpty()) {
                top.merge(frames.get(0), 1L, Long::sum);
            }
            libraries.merge(library(frames), 1L, Long::sum);
            frames.stream().filter(f -> !isJdk(f)).findFirst().ifPresent(f -> charged.merge(f, 1L, Long::sum));
            for (String[] marker : UNDER) {
                if (frames.stream().anyMatch(f -> f.startsWith(marker[0]))) {
                    under.merge(marker[1], 1L, Long::sum);
                }
            }
        }
        List<Share> underInOrder = new ArrayList<>();
        for (String[] marker : UNDER) {
            underInOrder.add(new Share(marker[1], under.getOrDefault(marker[1], 0L)));
        }
        return new Profile(path, samples, sorted(libraries, 14), underInOrder, sorted(charged, 15), sorted(top, 10),
                file);
    }

    private static String library(List<String> frames) {
        for (String frame : frames) {
            if (isJdk(frame)) {
                continue;
            }
            for (String[] library : LIBRARIES) {
                if (frame.startsWith(library[0])) {
                    return library[1];
                }
            }
            String[] parts = frame.split("\\.");
            return parts.length > 2 ? parts[0] + "." + parts[1] : frame;
        }
        return "the JDK only";
    }

    private static boolean isJdk(String frame) {
        return frame.startsWith("java.") || frame.startsWith("jdk.") || frame.startsWith("sun.");
    }

    private static List<Share> sorted(Map<String, Long> counts, int most) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(most)
                .map(e -> new Share(e.getKey(), e.getValue())).toList();
    }
}

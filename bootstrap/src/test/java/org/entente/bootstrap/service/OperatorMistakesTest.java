package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.entente.bootstrap.process.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's mistakes of issue 14, each made on a real process as an operator would make it, each answered by
 * one line that names the setting or the file and what would be right: no stack trace, no second telling, nothing
 * served, exit status 1.
 */
class OperatorMistakesTest {
    private static final Duration START = Duration.ofSeconds(90);

    @TempDir
    Path folder;

    /** What a start that was refused printed: its one line (after "Entente did not start: ") and all of it. */
    private record Refusal(String line, List<String> console) {
    }

    private String refusedInOneLine(Map<String, String> environment, List<String> args) {
        return refused(environment, args).line();
    }

    /** Runs the service with {@code args} and returns the one line that says why it did not start. */
    private Refusal refused(Map<String, String> environment, List<String> args) {
        try (ServiceProcess refused = ServiceProcess.start(folder, environment, args)) {
            assertThat(refused.awaitExit(START)).isEqualTo(1);
            List<String> lines = refused.lines();
            assertThat(lines).as("no stack trace, no second telling").noneMatch(line -> line.startsWith("\tat ")
                    || line.startsWith("Caused by") || line.contains("Exception encountered")
                    || line.contains("APPLICATION FAILED") || line.contains("Application run failed"));
            assertThat(lines).filteredOn(line -> line.contains("ERROR")).hasSize(1);
            assertThat(lines).noneMatch(line -> line.contains("Tomcat started"));
            return new Refusal(lines.stream().filter(line -> line.contains("Entente did not start: ")).findFirst()
                    .orElseThrow().replaceFirst("^.*Entente did not start: ", ""), lines);
        }
    }

    private String refusedInOneLine(String... args) {
        return refusedInOneLine(Map.of(), List.of(args));
    }

    @Test
    void an_unknown_store_is_named_with_the_stores_there_are() {
        assertThat(refusedInOneLine("--entente.storage=postgres")).isEqualTo(
                "entente.storage=postgres is not one of the stores on the class path: memory, mongodb, postgresql");
    }

    @Test
    void a_switch_that_is_neither_true_nor_false_is_refused_rather_than_taken_for_off() {
        assertThat(refusedInOneLine("--entente.graphiql.enabled=nope"))
                .isEqualTo("entente.graphiql.enabled=nope is neither true nor false");
    }

    @Test
    void an_invalid_import_lists_each_of_its_problems_once() throws IOException {
        Path file = folder.resolve("two-problems.json");
        Files.writeString(file, "{\"meetings\": [{\"id\": \"m-1\"}, {\"id\": \"m-2\"}]}");
        Refusal refusal = refused(Map.of(), List.of("--entente.storage.embedded.backend=memory",
                "--entente.import=" + file));
        assertThat(refusal.line()).startsWith(file + " is invalid, nothing of it was stored (")
                .contains(" problems): ").contains("meeting m-1").contains("meeting m-2");
        String[] problems = refusal.line().substring(refusal.line().indexOf("): ") + 3).split("; ");
        assertThat(problems).hasSizeGreaterThan(1);
        for (String problem : problems) {
            assertThat(String.join("\n", refusal.console())).as("told once").containsOnlyOnce(problem);
        }
    }

    @Test
    void an_export_while_the_service_runs_on_its_file_is_refused_at_once_pointing_at_the_running_way()
            throws IOException {
        Path file = folder.resolve("data").resolve("entente.mv");
        try (ServiceProcess running = ServiceProcess.start(folder, List.of("--entente.storage.embedded.path="
                + file))) {
            running.awaitPort(START);
            long began = System.nanoTime();
            String line = refusedInOneLine(Map.of(), List.of("--entente.storage.embedded.path=" + file,
                    "--entente.export=" + folder.resolve("export.json")));
            assertThat(line).contains("the data file " + file + " is in use by another process (process "
                    + running.pid()).contains("/admin/dataset with an ADMIN key");
            assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(30));
            assertThat(folder.resolve("export.json")).doesNotExist();
            assertThat(running.isAlive()).isTrue();
        }
    }

    @Test
    void an_unreachable_mongodb_uri_is_refused_within_seconds_naming_its_host_but_not_its_password()
            throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        long began = System.nanoTime();
        String line = refusedInOneLine(Map.of("MONGODB_URI", "mongodb://operator:s3cret@127.0.0.1:" + closed
                + "/entente"), List.of("--entente.storage.mongodb.start-timeout=2s"));
        assertThat(line).startsWith("no MongoDB server answered at 127.0.0.1:" + closed
                + " (spring.mongodb.uri or MONGODB_URI) within 2.0 s (entente.storage.mongodb.start-timeout)")
                .doesNotContain("s3cret");
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(30));
    }
}

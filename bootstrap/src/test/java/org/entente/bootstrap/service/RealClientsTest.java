package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real GraphQL clients from npm against the service on 127.0.0.1: the {@code graphql-http} package's audit of the
 * GraphQL-over-HTTP spec (61 of 61 must pass), urql's default client and Apollo Client's defaults. The clients and
 * their lock are in {@code src/test/node}, installed with {@code npm ci} into {@code target/node-clients}. Without
 * node and npm the test is skipped, saying so, unless {@code ENTENTE_REQUIRE_NODE=true}.
 */
@ServiceTest
class RealClientsTest {
    private static final Path SOURCES = Path.of("src/test/node");
    private static final Path CLIENTS = Path.of("target/node-clients");
    private static final long INSTALL_SECONDS = 300;
    private static final long RUN_SECONDS = 120;

    @LocalServerPort
    int port;

    @BeforeAll
    static void install() throws Exception {
        boolean required = "true".equals(System.getenv("ENTENTE_REQUIRE_NODE"));
        String missing = Stream.of("node", "npm").filter(tool -> !runs(tool, "--version")).reduce((a, b) -> a + " and " + b)
                .orElse(null);
        if (missing != null) {
            String reason = missing + " not found (Debian's nodejs and npm packages): the real clients are not run";
            if (required) {
                fail(reason + ", and ENTENTE_REQUIRE_NODE=true");
            }
            System.out.println("RealClientsTest skipped: " + reason);
            Assumptions.abort(reason);
        }
        Files.createDirectories(CLIENTS);
        boolean installed = Files.isDirectory(CLIENTS.resolve("node_modules"))
                && Files.exists(CLIENTS.resolve("package-lock.json"))
                && Arrays.equals(Files.readAllBytes(SOURCES.resolve("package-lock.json")),
                        Files.readAllBytes(CLIENTS.resolve("package-lock.json")));
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, CLIENTS.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (!installed) {
            Run npm = run(INSTALL_SECONDS, "npm", "ci", "--no-audit", "--no-fund");
            if (npm.exit() != 0) {
                String reason = "npm ci failed (exit " + npm.exit() + "): " + npm.output();
                if (required) {
                    fail(reason);
                }
                System.out.println("RealClientsTest skipped: " + reason);
                Assumptions.abort(reason);
            }
        }
    }

    @Test
    void the_graphql_over_http_audit_passes_61_of_61() throws Exception {
        Run audit = client("audit.mjs");
        assertThat(audit.output()).contains("graphql-http audit: 61/61 passed");
        assertThat(audit.exit()).as(audit.output()).isZero();
    }

    @Test
    void urqls_default_client_reads_by_get_and_reads_the_services_refusals() throws Exception {
        Run urql = client("urql.mjs");
        assertThat(urql.output()).contains("urql sent it by GET", "urql: all checks passed").doesNotContain("FAILED");
        assertThat(urql.exit()).as(urql.output()).isZero();
    }

    @Test
    void apollo_clients_defaults_and_its_persisted_queries_by_get_work() throws Exception {
        Run apollo = client("apollo.mjs");
        assertThat(apollo.output()).contains("Apollo sent the hash alone by GET first", "Apollo Client: all checks passed")
                .doesNotContain("FAILED");
        assertThat(apollo.exit()).as(apollo.output()).isZero();
    }

    private Run client(String script) throws Exception {
        Run run = run(RUN_SECONDS, "node", script, "http://127.0.0.1:" + port + "/graphql");
        System.out.println("---- node " + script + "\n" + run.output());
        return run;
    }

    record Run(int exit, String output) {
    }

    /** Runs a command in the clients' folder, bounded in time; its output, both streams, once it ends. */
    private static Run run(long seconds, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("node-client", ".log");
        try {
            Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(CLIENTS.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                return new Run(-1, String.join(" ", command) + " did not end within " + seconds + " s\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static boolean runs(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException absent) {
            return false;
        }
    }
}

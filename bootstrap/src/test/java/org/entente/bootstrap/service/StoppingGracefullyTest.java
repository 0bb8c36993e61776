package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.entente.bootstrap.process.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service in a process of its own, with JSON logs on, stopped by SIGTERM while two requests are under way: the
 * one whose client finishes within the shutdown timeout is answered, the one that never finishes is cut off when
 * the timeout ends, and the process is gone soon after. Every line it printed, from start to stop, is JSON.
 */
class StoppingGracefullyTest {
    static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(4);
    static final byte[] QUERY = "{\"query\":\"{ relation(between: [\\\"VN\\\", \\\"JP\\\"]) { currentLevel { name } } }\"}"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    @Test
    void a_stop_answers_the_request_under_way_cuts_off_the_one_that_never_ends_and_logs_only_json()
            throws IOException, InterruptedException {
        try (ServiceProcess service = ServiceProcess.start(folder, List.of("--entente.storage.embedded.backend=memory",
                "--logging.structured.format.console=ecs",
                "--spring.lifecycle.timeout-per-shutdown-phase=" + SHUTDOWN_TIMEOUT.toSeconds() + "s"))) {
            int port = service.awaitPort(Duration.ofSeconds(90));
            try (Socket finishing = open(port); Socket neverEnding = open(port)) {
                byte[] request = RawHttp.post("/graphql", "application/json", QUERY, Map.of());
                int half = request.length - QUERY.length / 2;
                send(finishing, Arrays.copyOfRange(request, 0, half));
                send(neverEnding, Arrays.copyOfRange(request, 0, half));
                Thread.sleep(500);

                long stopped = System.nanoTime();
                service.terminate();
                Thread.sleep(1_000);
                send(finishing, Arrays.copyOfRange(request, half, request.length));
                RawHttp.Answer answer = RawHttp.read(finishing.getInputStream(),
                        System.nanoTime() + Duration.ofSeconds(10).toNanos());
                assertThat(answer.status()).as("the answer to the request under way: %s", answer).isEqualTo(200);
                assertThat(answer.body()).contains("Comprehensive Strategic Partnership");

                service.awaitExit(SHUTDOWN_TIMEOUT.plusSeconds(20));
                Duration took = Duration.ofNanos(System.nanoTime() - stopped);
                // it waited for the unfinished request until the timeout, then stopped without it
                assertThat(took).isGreaterThanOrEqualTo(SHUTDOWN_TIMEOUT).isLessThan(SHUTDOWN_TIMEOUT.plusSeconds(20));
                RawHttp.Answer cut = RawHttp.read(neverEnding.getInputStream(),
                        System.nanoTime() + Duration.ofSeconds(2).toNanos());
                assertThat(cut.status()).as("what the unfinished request got: %s", cut).isNotEqualTo(200);
            }
            List<String> lines = service.lines().stream().filter(line -> !line.isBlank()).toList();
            assertThat(lines).anyMatch(line -> line.contains("Tomcat started on port"))
                    .anyMatch(line -> line.contains("Commencing graceful shutdown"));
            JsonMapper json = JsonMapper.builder().build();
            for (String line : lines) {
                JsonNode entry = json.readTree(line);
                assertThat(entry.isObject()).as(line).isTrue();
                assertThat(entry.has("@timestamp") && entry.has("log") && entry.has("message")).as(line).isTrue();
            }
        }
    }

    private static Socket open(int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static void send(Socket socket, byte[] bytes) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(bytes);
        out.flush();
    }
}

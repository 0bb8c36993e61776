package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 250 clients on 127.0.0.1 each announce a body of 10 000 bytes and send it a byte a second, while four normal
 * clients send queries beside them for 12 s: every normal query is answered (within the 5 s a client waits), since
 * a slow body holds a connection but no request thread; and every slow client is answered 408 once
 * {@code entente.limits.body-read-timeout} (10 s) has passed, its connection closed. Bounded: 12 s, 254 clients.
 */
@ServiceTest
class SlowUploadsTest {
    static final int SLOW_CLIENTS = 250;
    static final int NORMAL_CLIENTS = 4;
    static final Duration FOR = Duration.ofSeconds(12);
    static final Duration NORMAL_CLIENT_WAITS = Duration.ofSeconds(5);
    static final String QUERY = "{\"query\":\"{ relation(between: [\\\"VN\\\", \\\"JP\\\"]) { currentLevel { name } } }\"}";

    @LocalServerPort
    int port;

    @Test
    void normal_clients_are_answered_beside_250_slow_uploads_and_the_slow_ones_are_cut_off() throws Exception {
        List<Socket> slow = new ArrayList<>();
        ExecutorService normal = Executors.newFixedThreadPool(NORMAL_CLIENTS);
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                Socket socket = new Socket();
                socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
                socket.getOutputStream().write(("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                        + "application/json\r\nContent-Length: 10000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                slow.add(socket);
            }
            long end = System.nanoTime() + FOR.toNanos();
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            List<String> failures = Collections.synchronizedList(new ArrayList<>());
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < NORMAL_CLIENTS; c++) {
                clients.add(normal.submit(() -> queryUntil(end, latencies, failures)));
            }
            while (System.nanoTime() < end) {
                for (Socket socket : slow) {
                    dribble(socket);
                }
                Thread.sleep(1_000);
            }
            for (Future<?> client : clients) {
                client.get(NORMAL_CLIENT_WAITS.toSeconds() + 5, TimeUnit.SECONDS);
            }

            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf(Locale.ROOT, "Beside %d slow uploads for %d s: %d normal queries answered, %d failed, "
                            + "latency p50 %d ms, max %d ms%n", SLOW_CLIENTS, FOR.toSeconds(), sorted.size(),
                    failures.size(), sorted.isEmpty() ? -1 : sorted.get(sorted.size() / 2),
                    sorted.isEmpty() ? -1 : sorted.get(sorted.size() - 1));
            assertThat(failures).isEmpty();
            assertThat(sorted).hasSizeGreaterThan(40);

            int timedOut = 0;
            for (Socket socket : slow) {
                if (answer(socket).startsWith("HTTP/1.1 408")) {
                    timedOut++;
                }
            }
            System.out.println("Slow uploads answered 408 and closed: " + timedOut + " of " + SLOW_CLIENTS);
            assertThat(timedOut).isEqualTo(SLOW_CLIENTS);
        } finally {
            normal.shutdownNow();
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    private void queryUntil(long end, List<Long> latencies, List<String> failures) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(NORMAL_CLIENT_WAITS).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .timeout(NORMAL_CLIENT_WAITS).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(QUERY)).build();
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200 || !response.body().contains("Comprehensive Strategic Partnership")) {
                    failures.add(response.statusCode() + " " + response.body());
                } else {
                    latencies.add((System.nanoTime() - start) / 1_000_000);
                }
                Thread.sleep(100);
            } catch (IOException e) {
                failures.add("no answer within " + NORMAL_CLIENT_WAITS.toSeconds() + " s: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void dribble(Socket socket) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(' ');
            out.flush();
        } catch (IOException closed) {
            // the server has answered and closed it
        }
    }

    /** What the server said on a slow connection, read for at most a moment. */
    private static String answer(Socket socket) throws IOException {
        socket.setSoTimeout(500);
        InputStream in = socket.getInputStream();
        byte[] head = new byte[12];
        int read = 0;
        try {
            while (read < head.length) {
                int n = in.read(head, read, head.length - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
        } catch (IOException silent) {
            return "";
        }
        return new String(head, 0, read, StandardCharsets.US_ASCII);
    }
}

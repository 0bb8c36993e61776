package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The request that took the service down (meetings, their attendances' persons, their meetings, ten levels deep,
 * pages of 100) is refused before it runs under the default limits; with the static limits lifted, it is stopped by
 * its time limit, or when its client disconnects. Either way the service's request threads are idle within a
 * second, which the JVM's own CPU counters show over the following second: the threads that run requests (every
 * field and data loader runs on them) spend next to nothing, and the process less than one core.
 */
class StoppingWorkTest {
    /** The request of the issue: 1.2 KB that kept two cores busy for minutes. */
    static final String TEN_DEEP = "{ " + "meetings(first: 100) { nodes { attendances { person { ".repeat(10) + "name"
            + " } } } }".repeat(10) + " }";
    static final Duration WINDOW = Duration.ofSeconds(1);
    /** Idle: the request threads spent at most this in the second measured (a stray keep-alive, a log line). */
    static final long IDLE_MILLIS = 50;
    /** How long a test waits for the request threads to be idle before it starts (other tests' work winding down). */
    static final Duration QUIET_WITHIN = Duration.ofSeconds(10);
    /**
     * And the whole process less than one core: it holds the test and every other context the suite keeps, and
     * collects the garbage the stopped request left (10 to 20 ms alone, up to half a second within the whole suite),
     * where the runaway request kept both cores busy.
     */
    static final long PROCESS_BELOW_MILLIS = 1_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static byte[] request(String document) {
        return RawHttp.post("/graphql", "application/json",
                JSON.writeValueAsBytes(Map.of("query", document)), Map.of());
    }

    @Nested
    @ServiceTest
    class UnderTheDefaultLimits {
        @LocalServerPort
        int port;

        @Test
        void the_deep_request_is_refused_and_the_service_is_idle_a_second_later() throws Exception {
            RawHttp.Answer answer = RawHttp.exchange(port, request(TEN_DEEP), Duration.ofSeconds(10));
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).contains("\"code\":\"QUERY_TOO_DEEP\"").contains("\"found\":41")
                    .doesNotContain("\"data\"");

            Thread.sleep(WINDOW.toMillis());
            ServerCpu.Spent after = ServerCpu.over(WINDOW);
            System.out.println("After the refused deep request: " + after);
            assertIdle(after);
        }
    }

    /**
     * The static limits lifted, and 3 s to run: the deep request runs until then, unless its client leaves first, and
     * the service is idle again within a second either way (a second measured before the 3 s are up, after a client
     * that left at 0.7 s, shows that it was the client's leaving that stopped the work).
     */
    @Nested
    @ServiceTest
    @TestPropertySource(properties = {"entente.limits.max-depth=100", "entente.limits.max-nodes=9007199254740992",
            "entente.limits.budget.enabled=false", "entente.limits.max-response-size=1GB",
            "entente.limits.time-limit=3s"})
    @DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
    class WithTheStaticLimitsLifted {
        @LocalServerPort
        int port;

        @Test
        void the_deep_request_is_stopped_at_its_time_limit_and_the_service_is_idle_a_second_later() throws Exception {
            ServerCpu.awaitQuiet(IDLE_MILLIS, QUIET_WITHIN);
            long heapBefore = usedHeapAfterGc();
            RawHttp.Answer answer = RawHttp.exchange(port, request(TEN_DEEP), Duration.ofSeconds(30));

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).contains("\"code\":\"TIME_LIMIT_EXCEEDED\"")
                    .contains("\"limit\":\"entente.limits.time-limit\"").contains("\"data\":null");
            Thread.sleep(WINDOW.toMillis());
            ServerCpu.Spent after = ServerCpu.over(WINDOW);
            long heapAfter = usedHeapAfterGc();
            System.out.println("After the request stopped at its time limit: " + after + "; heap in use after GC "
                    + heapBefore / (1 << 20) + " MiB before, " + heapAfter / (1 << 20) + " MiB after");
            assertIdle(after);
            // what the stopped request had built is garbage: the heap holds no more than before, give or take
            assertThat(heapAfter).isLessThan(heapBefore + (256L << 20));
        }

        @Test
        void the_deep_request_stops_when_its_client_disconnects_and_the_service_is_idle_a_second_later()
                throws Exception {
            ServerCpu.awaitQuiet(IDLE_MILLIS, QUIET_WITHIN);
            long sent;
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port));
                OutputStream out = socket.getOutputStream();
                out.write(request(TEN_DEEP));
                out.flush();
                sent = System.nanoTime();
                ServerCpu.Spent working = ServerCpu.over(Duration.ofMillis(700));
                System.out.println("While the deep request runs: " + working);
                assertThat(working.requestThreadsMillis()).isGreaterThan(IDLE_MILLIS);
            }
            Thread.sleep(WINDOW.toMillis());
            ServerCpu.Spent after = ServerCpu.over(WINDOW);
            System.out.println("After its client disconnected: " + after);
            assertThat(Duration.ofNanos(System.nanoTime() - sent)).isLessThan(Duration.ofSeconds(3));
            assertIdle(after);
        }
    }

    static void assertIdle(ServerCpu.Spent spent) {
        assertThat(spent.requestThreadsMillis()).as("request threads busy; running now:%n%s",
                ServerCpu.runningRequestThreads()).isLessThanOrEqualTo(IDLE_MILLIS);
        assertThat(spent.processMillis()).isLessThan(PROCESS_BELOW_MILLIS);
    }

    static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}

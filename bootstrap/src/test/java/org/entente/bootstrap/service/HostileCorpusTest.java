package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.catalina.core.StandardContext;
import org.awaitility.Awaitility;
import org.entente.application.port.out.Storage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every request of the {@link HostileCorpus}, sent as raw HTTP to the service on the shipped data set, gets a
 * clear answer: below 500, JSON, each error with a message and none of them an internal error, no stack trace and
 * no class name, within its time. Afterwards not one stored record has changed, and a normal query still answers.
 * Four clients send the corpus between them; a body that never completes is given 2 s rather than 10. No request
 * is left behind either: a graceful shutdown would wait for it.
 */
@ServiceTest
@TestPropertySource(properties = {AccessTest.Keys.READER, AccessTest.Keys.READER_ROLE, AccessTest.Keys.READER_SHA,
        AccessTest.Keys.EDITOR, AccessTest.Keys.EDITOR_ROLE, AccessTest.Keys.EDITOR_SHA,
        "entente.limits.body-read-timeout=2s", "server.tomcat.connection-timeout=2s"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HostileCorpusTest {
    static final int CLIENTS = 4;

    /** A fully qualified class name, such as {@code java.lang.IllegalStateException} or {@code org.entente.X}. */
    static final Pattern CLASS_NAME = Pattern.compile(
            "(?<![\\w.])(java|javax|jakarta|org|graphql|tools|com|sun|reactor)\\.([a-z][a-z0-9_]*\\.)*[A-Z][\\w$]*");
    static final Pattern STACK_TRACE = Pattern.compile("(?<![\\w.])at [a-z][\\w$]*(\\.[\\w$]+)+\\(|Caused by:|Exception(?!\\w)");
    static final Duration EACH_WITHIN = Duration.ofSeconds(15);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Storage storage;

    @Autowired
    WebServerApplicationContext web;

    @Test
    void every_hostile_request_gets_a_clear_answer_and_nothing_stored_changes() throws Exception {
        List<HostileCorpus.Hostile> corpus = HostileCorpus.generate();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(500);
        Map<String, Long> before = StoredRecords.versions(storage);

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<String>> verdicts = new ArrayList<>();
        try {
            for (HostileCorpus.Hostile hostile : corpus) {
                verdicts.add(clients.submit(() -> verdict(hostile)));
            }
            List<String> failures = new ArrayList<>();
            for (Future<String> verdict : verdicts) {
                String failure = verdict.get(2 * EACH_WITHIN.toSeconds(), TimeUnit.SECONDS);
                if (failure != null) {
                    failures.add(failure);
                }
            }
            assertThat(failures).isEmpty();
        } finally {
            clients.shutdownNow();
        }
        // every request has ended, however it was refused: none is left for a graceful shutdown to wait for
        StandardContext tomcat = (StandardContext) ((TomcatWebServer) web.getWebServer()).getTomcat().getHost()
                .findChildren()[0];
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> tomcat.getInProgressAsyncCount() == 0);
        assertThat(StoredRecords.versions(storage)).isEqualTo(before);
        ServiceClient.graphQl(port).document("{ relation(between: [\"VN\", \"JP\"]) { currentLevel { name } } }")
                .execute().errors().verify().path("relation.currentLevel.name").entity(String.class)
                .isEqualTo("Comprehensive Strategic Partnership for Peace and Prosperity in Asia and the World");
    }

    /** What is wrong with the answer to {@code hostile}, or null. */
    private String verdict(HostileCorpus.Hostile hostile) throws java.io.IOException {
        long start = System.nanoTime();
        RawHttp.Answer answer = RawHttp.exchange(port, hostile.request(), EACH_WITHIN);
        String problem = problem(hostile, answer, Duration.ofNanos(System.nanoTime() - start));
        if (problem == null && !hostile.also().test(answer)) {
            problem = "not the answer expected: " + answer.status() + " " + shorten(answer.body());
        }
        return problem == null ? null : hostile.name() + ": " + problem;
    }

    /** What is wrong with an answer, or null. */
    static String problem(HostileCorpus.Hostile hostile, RawHttp.Answer answer, Duration took) {
        if (!answer.arrived()) {
            return "no answer within " + EACH_WITHIN.toSeconds() + " s" + (answer.body().isEmpty() ? ""
                    : ": " + shorten(answer.body()));
        }
        if (answer.status() >= 500) {
            return "status " + answer.status() + ": " + shorten(answer.body());
        }
        if (took.compareTo(EACH_WITHIN) > 0) {
            return "took " + took.toMillis() + " ms";
        }
        if (CLASS_NAME.matcher(answer.body()).find() || STACK_TRACE.matcher(answer.body()).find()) {
            return "a class name or stack trace: " + shorten(answer.body());
        }
        if (answer.body().isEmpty()) {
            return hostile.name().startsWith("HEAD ") ? null : "an empty answer (" + answer.status() + ")";
        }
        String json = answer.body();
        if (String.valueOf(answer.headers().get("content-type")).startsWith("text/event-stream")) {
            // GraphQL over server-sent events: each event's data is one answer
            json = answer.body().lines().filter(line -> line.startsWith("data:")).map(line -> line.substring(5))
                    .findFirst().orElse("");
        }
        JsonNode body;
        try {
            body = JSON.readTree(json);
        } catch (RuntimeException notJson) {
            return "not JSON (" + answer.status() + "): " + shorten(answer.body());
        }
        if (answer.status() != 200 && !body.has("errors")) {
            return "status " + answer.status() + " without errors: " + shorten(answer.body());
        }
        for (JsonNode error : body.path("errors")) {
            if (!error.path("message").isString() || error.path("message").asString().isBlank()) {
                return "an error without a message: " + shorten(answer.body());
            }
            if ("INTERNAL_ERROR".equals(error.path("extensions").path("classification").asString(""))) {
                return "an internal error: " + shorten(answer.body());
            }
        }
        return null;
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}

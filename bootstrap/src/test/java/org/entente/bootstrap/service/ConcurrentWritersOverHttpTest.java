package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Fifty writers update one meeting of the shipped data at once, over HTTP, on the embedded MongoDB store, all from
 * the version they read: each write either lands or is told STALE_VERSION, and the count adds up: exactly one lands,
 * its title is the one stored, and the history holds exactly one more revision. Its own context: it changes data.
 */
@ServiceTest
@TestPropertySource(properties = {"entente.test.context=concurrent-writers", AccessTest.Keys.READER,
        AccessTest.Keys.READER_ROLE, AccessTest.Keys.READER_SHA, AccessTest.Keys.EDITOR,
        AccessTest.Keys.EDITOR_ROLE, AccessTest.Keys.EDITOR_SHA})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ConcurrentWritersOverHttpTest {
    static final String TALKS = "TWVldGluZzpqcC12bi0yMDIzLTExLTI3LXRhbGtz";
    static final int WRITERS = 50;
    static final String UPDATE = "mutation($id: ID!, $v: Int!, $title: String) { updateMeeting(input: "
            + "{ id: $id, expectedVersion: $v, title: $title }) { meeting { version title } "
            + "userErrors { code field } } }";

    @LocalServerPort
    int port;

    @Test
    void of_fifty_writers_from_one_version_exactly_one_lands_and_none_is_lost_silently() throws Exception {
        HttpGraphQlTester editor = ServiceClient.graphQl(port).mutate()
                .header(HttpHeaders.AUTHORIZATION, "Bearer editor-secret").build();
        int version = editor.document("{ node(id: \"" + TALKS + "\") { ... on Meeting { version } } }").execute()
                .path("node.version").entity(Integer.class).get();
        int revisionsBefore = historyCount(editor);

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Map<String, Object>>> writes = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            String title = "Talks in Tokyo, as writer " + writer + " put it";
            writes.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return editor.document(UPDATE).variable("id", TALKS).variable("v", version).variable("title", title)
                        .execute().errors().verify().path("updateMeeting").entity(Map.class).get();
            }, pool));
        }
        start.countDown();
        List<Map<String, Object>> answers = writes.stream().map(CompletableFuture::join).toList();
        pool.shutdown();

        List<Map<String, Object>> landed = answers.stream().filter(a -> a.get("meeting") != null).toList();
        List<Map<String, Object>> stale = answers.stream().filter(a -> a.get("meeting") == null).toList();
        assertThat(landed).hasSize(1);
        assertThat(stale).hasSize(WRITERS - 1).allSatisfy(answer ->
                assertThat(answer.get("userErrors").toString()).contains("code=STALE_VERSION"));
        @SuppressWarnings("unchecked")
        Map<String, Object> winner = (Map<String, Object>) landed.get(0).get("meeting");
        assertThat(winner).containsEntry("version", version + 1);

        editor.document("{ node(id: \"" + TALKS + "\") { ... on Meeting { version title } } }").execute()
                .path("node.version").entity(Integer.class).isEqualTo(version + 1)
                .path("node.title").entity(String.class).isEqualTo((String) winner.get("title"));
        assertThat(historyCount(editor)).isEqualTo(revisionsBefore + 1);
    }

    private static int historyCount(HttpGraphQlTester tester) {
        return tester.document("{ node(id: \"" + TALKS + "\") { ... on Meeting { history { totalCount } } } }")
                .execute().path("node.history.totalCount").entity(Integer.class).get();
    }

    private static void await(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.entente.graphql.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.domain.meeting.MeetingId;
import org.entente.graphql.fake.CurationWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Fifty writers correct one meeting from the same version at once: one lands, the others hear so, none is lost. */
@CurationTest
class ConcurrentUpdatesTest {
    private static final int WRITERS = 50;

    @Autowired
    GraphQlTester graphQlTester;
    @Autowired
    CurationWorld world;

    @Test
    void of_fifty_updates_from_one_version_exactly_one_lands_and_forty_nine_are_stale() throws Exception {
        String localId = world.nextId("contended");
        String id = Given.recordedMeeting(graphQlTester, localId);
        ExecutorService threads = Executors.newFixedThreadPool(WRITERS);
        List<String> codes = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        try {
            CountDownLatch ready = new CountDownLatch(WRITERS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<GraphQlTester.Response>> futures = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                String title = "Title by writer " + w;
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return graphQlTester.documentName("update-meeting")
                            .variable("input", Map.of("id", id, "expectedVersion", 1, "title", title)).execute();
                }));
            }
            ready.await();
            go.countDown();
            for (Future<GraphQlTester.Response> future : futures) {
                GraphQlTester.Response response = future.get();
                response.errors().verify();
                List<String> errors = response.path("updateMeeting.userErrors[*].code").entityList(String.class).get();
                if (errors.isEmpty()) {
                    titles.add(response.path("updateMeeting.meeting.title").entity(String.class).get());
                    response.path("updateMeeting.meeting.version").entity(Integer.class).isEqualTo(2);
                } else {
                    codes.addAll(errors);
                }
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(titles).hasSize(1);
        assertThat(codes).hasSize(WRITERS - 1).containsOnly("STALE_VERSION");
        var stored = world.storage.meetings().findById(new MeetingId(localId)).orElseThrow();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.title()).isEqualTo(titles.get(0));
        assertThat(world.revisions.count("Meeting", localId)).isEqualTo(2);

        long version = 2;
        for (int w = 0; w < 10; w++) {
            version = Given.run(graphQlTester, "update-meeting",
                            Map.of("id", id, "expectedVersion", version, "title", "Sequential title " + w))
                    .path("updateMeeting.userErrors").entityList(Object.class).hasSize(0)
                    .path("updateMeeting.meeting.version").entity(Long.class).get();
        }
        assertThat(version).isEqualTo(12);
        assertThat(world.revisions.count("Meeting", localId)).isEqualTo(12);
    }
}

package org.entente.bootstrap.service;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.test.tester.GraphQlTester;
import reactor.core.publisher.Flux;

/**
 * A meeting of Japan and Vietnam recorded over GraphQL with an editor's key, and checked as accepted: the change the
 * subscription tests make and wait to see arrive.
 */
final class MeetingRecorded {
    /** Japan–Vietnam, as its global id. */
    static final String JP_VN = "QmlsYXRlcmFsUmVsYXRpb246anAtdm4";

    private MeetingRecorded() {
    }

    static void record(GraphQlTester editor, String localId, String title, String startDate) {
        editor.document("""
                        mutation($localId: String!, $title: String!, $startDate: Date!) {
                          recordMeeting(input: { localId: $localId, relationId: "%s", title: $title, kind: OTHER,
                            status: HELD, startDate: $startDate, city: "Tokyo", country: "JP",
                            evidence: [{ sourceId: "U291cmNlOjAwMV82NzM5ZTk4NTkwM2RiMGQ1",
                                         quote: "held talks with Senior Deputy Minister" }] }) {
                            meeting { id } userErrors { code }
                          }
                        }""".formatted(JP_VN))
                .variable("localId", localId).variable("title", title).variable("startDate", startDate)
                .execute().errors().verify()
                .path("recordMeeting.userErrors").entityList(Object.class).hasSize(0);
    }

    /** The first answer of a subscription, and how many meetings were recorded until it came. */
    record Arrival(ClientGraphQlResponse first, int recorded) {
    }

    /**
     * Records meetings on 2025-12-05 titled {@code title} and a number, one a {@code beat} and at most {@code most},
     * until the first answer of {@code arrivals} comes (the server subscribes a moment after the client), which is
     * awaited {@code patience} at the most.
     */
    static Arrival recordUntilOneArrives(GraphQlTester editor, Flux<ClientGraphQlResponse> arrivals, String localId,
                                         String title, int most, Duration beat, Duration patience) throws Exception {
        CompletableFuture<ClientGraphQlResponse> firstArrival = CompletableFuture.supplyAsync(
                () -> arrivals.blockFirst(patience));
        int recorded = 0;
        while (!firstArrival.isDone() && recorded < most) {
            record(editor, localId + ++recorded, title + recorded, "2025-12-05");
            try {
                firstArrival.get(beat.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException notYet) {
                // record another
            }
        }
        return new Arrival(firstArrival.join(), recorded);
    }
}

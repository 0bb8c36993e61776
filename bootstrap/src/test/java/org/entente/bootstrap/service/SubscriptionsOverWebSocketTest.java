package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.entente.application.command.Citing;
import org.entente.application.command.RecordMeetingCommand;
import org.entente.application.port.in.CurateMeetings;
import org.entente.domain.common.PartialDate;
import org.entente.domain.geo.Country;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.meeting.MeetingKind;
import org.entente.domain.meeting.MeetingStatus;
import org.entente.domain.relation.RelationId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.publisher.Flux;

/**
 * A real graphql-ws client (spring-graphql's, over the JDK's WebSocket container) subscribes on {@code /graphql}
 * and receives the meeting recorded after it subscribed. Its own context: it stores meetings.
 */
@ServiceTest
@TestPropertySource(properties = "entente.test.context=subscriptions")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SubscriptionsOverWebSocketTest {
    static final String JP_VN = "QmlsYXRlcmFsUmVsYXRpb246anAtdm4";

    @LocalServerPort
    int port;

    @Autowired
    CurateMeetings meetings;

    @Test
    void a_meeting_recorded_after_subscribing_arrives_over_the_websocket() throws Exception {
        WebSocketGraphQlClient client = WebSocketGraphQlClient
                .builder("ws://127.0.0.1:" + port + "/graphql", new StandardWebSocketClient()).build();
        Flux<ClientGraphQlResponse> arrivals = client
                .document("subscription($r: ID) { meetingRecorded(relationId: $r) { id title startDate "
                        + "relation { countries { code } } } }")
                .variable("r", JP_VN)
                .executeSubscription();

        // the server subscribes a moment after the client: record one meeting a beat until the first arrives
        CompletableFuture<ClientGraphQlResponse> firstArrival = CompletableFuture.supplyAsync(
                () -> arrivals.blockFirst(Duration.ofSeconds(20)));
        int recorded = 0;
        try {
            while (!firstArrival.isDone() && recorded < 50) {
                record(++recorded);
                try {
                    firstArrival.get(200, TimeUnit.MILLISECONDS);
                } catch (TimeoutException notYet) {
                    // record another
                }
            }
            ClientGraphQlResponse first = firstArrival.join();
            assertThat(first).isNotNull();
            assertThat(first.getErrors()).isEmpty();
            String title = first.field("meetingRecorded.title").getValue();
            assertThat(title).startsWith("Working lunch ");
            int number = Integer.parseInt(title.substring("Working lunch ".length()));
            assertThat(number).isBetween(1, recorded);
            assertThat(first.field("meetingRecorded.relation.countries").toEntityList(Object.class)).hasSize(2);
        } finally {
            client.stop().block(Duration.ofSeconds(5));
        }
    }

    private void record(int number) {
        meetings.recordMeeting(new RecordMeetingCommand(new MeetingId("jp-vn-2025-12-05-lunch-" + number),
                new RelationId("jp-vn"), "Working lunch " + number, MeetingKind.OTHER, MeetingStatus.HELD,
                PartialDate.parse("2025-12-05"), null, "Tokyo", Country.of("JP"), null, null, List.of(), List.of(),
                List.of(), List.of(Citing.quote("001_6739e985903db0d5", "held talks with Senior Deputy Minister"))));
    }
}

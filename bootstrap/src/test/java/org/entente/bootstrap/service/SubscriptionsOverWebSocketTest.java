package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.entente.application.port.out.Storage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.publisher.Flux;

/**
 * A real graphql-ws client (spring-graphql's, over the JDK's WebSocket container) subscribes on {@code /graphql}
 * and receives the meeting that the recordMeeting mutation stored after it subscribed. Its own context: it stores
 * meetings.
 */
@ServiceTest
@TestPropertySource(properties = {"entente.test.context=subscriptions", AccessTest.Keys.READER,
        AccessTest.Keys.READER_ROLE, AccessTest.Keys.READER_SHA, AccessTest.Keys.EDITOR, AccessTest.Keys.EDITOR_ROLE,
        AccessTest.Keys.EDITOR_SHA})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SubscriptionsOverWebSocketTest {
    static final String JP_VN = MeetingRecorded.JP_VN;

    @LocalServerPort
    int port;

    @Autowired
    Storage storage;

    HttpGraphQlTester editor;

    @BeforeEach
    void connect() {
        editor = ServiceClient.graphQl(port).mutate().header(HttpHeaders.AUTHORIZATION, "Bearer editor-secret").build();
    }

    @Test
    void a_meeting_recorded_after_subscribing_arrives_over_the_websocket() throws Exception {
        WebSocketGraphQlClient client = WebSocketGraphQlClient
                .builder("ws://127.0.0.1:" + port + "/graphql", new StandardWebSocketClient()).build();
        Flux<ClientGraphQlResponse> arrivals = client
                .document("subscription($r: ID) { meetingRecorded(relationId: $r) { id title startDate "
                        + "relation { countries { code } } } }")
                .variable("r", JP_VN)
                .executeSubscription();

        try {
            MeetingRecorded.Arrival arrival = MeetingRecorded.recordUntilOneArrives(editor, arrivals,
                    "jp-vn-2025-12-05-lunch-", "Working lunch ", 50, Duration.ofMillis(200), Duration.ofSeconds(20));
            ClientGraphQlResponse first = arrival.first();
            int recorded = arrival.recorded();
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

    @Test
    void a_mutation_over_the_websocket_without_a_key_gets_an_error_and_stores_nothing() {
        WebSocketGraphQlClient client = WebSocketGraphQlClient
                .builder("ws://127.0.0.1:" + port + "/graphql", new StandardWebSocketClient()).build();
        long sources = storage.sources().count();
        try {
            ClientGraphQlResponse response = client.document("mutation { registerSource(input: { localId: "
                            + "\"over-websocket\", language: \"en\", text: \"t\" }) { source { id } } }")
                    .execute().block(Duration.ofSeconds(20));
            assertThat(response).isNotNull();
            assertThat(response.getErrors()).singleElement().satisfies(error -> {
                assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED");
                assertThat(error.getMessage()).contains("needs an API key");
            });
            assertThat((Object) response.field("registerSource").getValue()).isNull();
            ClientGraphQlResponse query = client.document("{ __typename }").execute().block(Duration.ofSeconds(20));
            assertThat((Object) query.field("__typename").getValue()).isEqualTo("Query");
            assertThat(storage.sources().count()).isEqualTo(sources);
        } finally {
            client.stop().block(Duration.ofSeconds(5));
        }
    }
}

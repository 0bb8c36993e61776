package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.entente.bootstrap.EntenteApplication;
import org.entente.bootstrap.service.AccessTest.Keys;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.publisher.Flux;

/**
 * Two instances of the service on one configured MongoDB (a mongo-java-server that says it is a replica set's
 * primary, with change streams from its oplog): a meeting recorded through the first reaches a subscriber of the
 * second, through the change stream, as behind a load balancer.
 */
class TwoInstancesTest {
    static final String JP_VN = MeetingRecorded.JP_VN;

    @Test
    void a_meeting_recorded_on_one_instance_reaches_a_subscriber_of_the_other() throws Exception {
        int mongoPort = ReplicaSetPretence.freePort();
        try (ReplicaSetPretence mongo = ReplicaSetPretence.on(mongoPort);
             ConfigurableApplicationContext first = start(mongoPort);
             ConfigurableApplicationContext second = start(mongoPort)) {
            WebSocketGraphQlClient subscriber = WebSocketGraphQlClient.builder(
                    "ws://127.0.0.1:" + port(second) + "/graphql", new StandardWebSocketClient()).build();
            HttpGraphQlTester editor = ServiceClient.graphQl(port(first)).mutate()
                    .header(HttpHeaders.AUTHORIZATION, "Bearer editor-secret").build();
            try {
                Flux<ClientGraphQlResponse> arrivals = subscriber
                        .document("subscription($r: ID) { meetingRecorded(relationId: $r) { title } }")
                        .variable("r", JP_VN).executeSubscription();
                ClientGraphQlResponse arrival = MeetingRecorded.recordUntilOneArrives(editor, arrivals,
                        "two-instances-", "Lunch on the first instance ", 40, Duration.ofMillis(500),
                        Duration.ofSeconds(30)).first();
                assertThat(arrival).as("a meeting recorded on the other instance").isNotNull();
                assertThat(arrival.getErrors()).isEmpty();
                String title = arrival.field("meetingRecorded.title").getValue();
                assertThat(title).startsWith("Lunch on the first instance ");
            } finally {
                subscriber.stop().block(Duration.ofSeconds(5));
            }
        }
    }

    private static ConfigurableApplicationContext start(int mongoPort) {
        return new SpringApplicationBuilder(EntenteApplication.class).run("--server.port=0",
                "--spring.mongodb.uri=" + ReplicaSetPretence.uri(mongoPort), "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--" + Keys.READER, "--" + Keys.READER_ROLE, "--" + Keys.READER_SHA,
                "--" + Keys.EDITOR, "--" + Keys.EDITOR_ROLE, "--" + Keys.EDITOR_SHA);
    }

    private static int port(ConfigurableApplicationContext service) {
        return ((WebServerApplicationContext) service).getWebServer().getPort();
    }
}

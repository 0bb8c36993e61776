package org.entente.graphql.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.entente.application.history.Change;
import org.entente.graphql.WholeSchemaTest;
import org.entente.graphql.fake.FakeChanges;
import org.entente.graphql.fake.FakeUseCases;
import org.entente.graphql.node.GlobalId;
import org.entente.domain.common.RecordKind;
import graphql.GraphQLError;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionPublisherException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** The subscriptions, over notices announced by hand: which notices each one passes on, and as what. */
@WholeSchemaTest
@Import(FakeUseCases.class)
class ChangeControllerTest {
    static final String RELATION = GlobalId.of(RecordKind.RELATION, new org.entente.domain.relation.RelationId("jp-vn"));

    @Autowired
    GraphQlTester graphQlTester;

    @Autowired
    FakeChanges changes;

    @Test
    void a_new_meeting_of_the_relation_arrives_and_changes_and_other_records_do_not() {
        Flux<String> titles = follow("subscription($r: ID) { meetingRecorded(relationId: $r) { title } }",
                "meetingRecorded.title");

        arrivesFirst(titles, "Talks between President Vo Van Thuong and Prime Minister Fumio Kishida",
                new Change("Meeting", "jp-vn-2023-11-27-talks", 2, "jp-vn", "updateMeeting"),
                new Change("Instrument", "jp-vn-2023-11-27-joint-statement", 1, "jp-vn", "recordInstrument"),
                new Change("Meeting", "jp-vn-2023-11-27-talks", 1, "fr-vn", "recordMeeting"),
                new Change("Meeting", "jp-vn-2023-11-27-talks", 1, "jp-vn", "recordMeeting"));
    }

    @Test
    void a_relation_change_arrives_only_for_the_relation_followed() {
        Flux<String> ids = follow(
                "subscription($r: ID!) { relationChanged(relationId: $r) { id currentLevel { name } } }",
                "relationChanged.id");

        arrivesFirst(ids, RELATION, new Change("BilateralRelation", "fr-vn", 2, "fr-vn", "elevatePartnership"),
                new Change("BilateralRelation", "jp-vn", 2, "jp-vn", "elevatePartnership"));
    }

    @Test
    void a_relation_id_of_another_type_is_refused_naming_the_argument() {
        String meeting = GlobalId.of(RecordKind.MEETING, new org.entente.domain.meeting.MeetingId("jp-vn-2023-11-27-talks"));
        Flux<GraphQlTester.Response> responses = graphQlTester
                .document("subscription($r: ID) { instrumentRecorded(relationId: $r) { title } }")
                .variable("r", meeting)
                .executeSubscription().toFlux();
        StepVerifier.create(responses)
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(SubscriptionPublisherException.class);
                    GraphQLError refused = ((SubscriptionPublisherException) error).getErrors().get(0);
                    assertThat(refused.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(refused.getMessage()).contains("relationId", "is the id of a Meeting");
                    assertThat(refused.getExtensions()).containsEntry("argument", "relationId");
                })
                .verify(Duration.ofSeconds(10));
    }

    /** The items at {@code path} of the subscription {@code document}, following the relation jp-vn. */
    private Flux<String> follow(String document, String path) {
        return graphQlTester.document(document).variable("r", RELATION).executeSubscription().toFlux(path, String.class);
    }

    /** Once {@code notices} are announced, {@code expected} is the first item to arrive. */
    private void arrivesFirst(Flux<String> items, String expected, Change... notices) {
        StepVerifier.create(items)
                .then(() -> announceAll(notices))
                .expectNext(expected)
                .thenCancel()
                .verify(Duration.ofSeconds(10));
    }

    /** Waits for the subscription to be live, then announces. */
    private void announceAll(Change... notices) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (changes.subscribers() == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        List.of(notices).forEach(changes::announce);
    }
}

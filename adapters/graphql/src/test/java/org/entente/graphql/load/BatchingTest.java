package org.entente.graphql.load;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import java.util.List;
import java.util.Map;
import org.entente.graphql.WholeSchemaTest;
import org.entente.graphql.fake.ReadsOverStoredRecords;
import org.entente.graphql.fake.StoredReads;
import org.entente.graphql.fake.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * A request costs a number of use-case calls (each one storage round trip) fixed by the query's shape: the same
 * nested query at {@code first: 5} and at {@code first: 50} makes the same calls, however many records it reaches.
 */
@WholeSchemaTest
@Import({ReadsOverStoredRecords.class, BatchingTest.FetchedValues.class})
class BatchingTest {
    @Autowired
    GraphQlTester graphQlTester;

    @Autowired
    StoredReads reads;

    @BeforeEach
    void forget() {
        reads.ports().forgetCalls();
    }

    @Test
    void the_calls_do_not_grow_with_the_page_size() {
        Map<String, Integer> atFive = callsFor(5);
        Map<String, Integer> atFifty = callsFor(50);

        assertThat(atFifty).isEqualTo(atFive);
    }

    @Test
    void each_kind_of_record_is_loaded_in_few_calls() {
        Map<String, Integer> calls = callsFor(50);

        assertThat(calls).containsEntry("meetings.page", 1) // the page itself
                // the relation's and each person's meetings(first: 2) in one, the commitments, the timeline's
                .containsEntry("meetings.pages", 3)
                .containsEntry("meetings.counts", 1)
                .containsEntry("mechanisms.findByRelations", 1)
                .containsEntry("mechanisms.findByPredecessors", 1)
                .containsEntry("meetings.findSessionsOf", 1)
                .containsEntry("instruments.findConcludedAt", 1)
                .containsEntry("visits.findAllById", 1)
                // those the relation's timeline merges; a kind of list no parent asks for is not read at all
                .containsEntry("events.pages", 1)
                .containsEntry("instruments.pages", 1)
                .doesNotContainKeys("invitations.pages", "invitations.counts", "events.counts")
                .doesNotContainKeys("meetings.findAttendedBy", "meetings.list");
        assertThat(calls.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(3));
    }

    @Test
    void what_a_root_page_of_meetings_selects_by_id_is_read_with_the_page_and_answered_at_once() {
        fetched.clear();
        graphQlTester.document("query { meetings(first: 50) { nodes { relation { id mechanisms { name } } "
                        + "attendances { person { name posts { organization { name } } } } evidence { source { title } } } } }")
                .execute()
                .errors().verify()
                .path("meetings.nodes[*].evidence[*].source.title").entityList(String.class).hasSizeGreaterThan(49);
        // each of these fields found its record loaded: a plain value, no future to wait on
        // (the organizations of the attendees' posts, once the attendees are read)
        assertThat(fetched).containsKeys("Meeting.relation", "BilateralRelation.mechanisms", "Attendance.person",
                "Evidence.source", "Post.organization");
        assertThat(fetched).allSatisfy((field, values) -> assertThat(values).as(field).containsOnly("value"));
        assertThat(reads.ports().callCounts()).containsEntry("relations.findAllById", 1)
                .containsEntry("mechanisms.findByRelations", 1).containsEntry("persons.findAllById", 1)
                .containsEntry("sources.findAllById", 1).containsEntry("organizations.findAllById", 1);
    }

    @Test
    void a_root_page_reads_ahead_only_what_its_query_selects() {
        graphQlTester.document("query { meetings(first: 50) { nodes { id title attendances { titleAsReported } } } }")
                .execute().errors().verify();
        assertThat(reads.ports().callCounts()).containsOnlyKeys("meetings.page");
        reads.ports().forgetCalls();
        graphQlTester.document("query { meetings(first: 50) { edges { node { relation { id } } } } }")
                .execute().errors().verify();
        assertThat(reads.ports().callCounts()).containsOnlyKeys("meetings.page", "relations.findAllById");
    }

    @Test
    void a_record_asked_for_by_many_parents_is_loaded_once() {
        reads.ports().forgetCalls();
        graphQlTester.document("query { meetings(first: 50) { nodes { relation { id } } } }").execute()
                .errors().verify()
                .path("meetings.nodes[*].relation.id").entityList(String.class).hasSize(50);
        assertThat(reads.ports().calls("relations.findAllById")).isEqualTo(1);
    }

    @Test
    void attendances_read_their_persons_only_when_asked_and_then_in_one_call() {
        graphQlTester.document("query { meetings(first: 50) { nodes { attendances { titleAsReported } } } }")
                .execute().errors().verify();
        assertThat(reads.ports().calls("persons.findAllById")).isZero();

        List<String> plain = graphQlTester.document("query { meetings(first: 50) { nodes { attendances { "
                        + "person { name } post { title } } } } }").execute().errors().verify()
                .path("meetings.nodes[*].attendances[*].person.name").entityList(String.class).get();
        assertThat(reads.ports().calls("persons.findAllById")).isEqualTo(1);
        // under a fragment or a directive the selection is resolved by graphql-java: the same answer, one call
        reads.ports().forgetCalls();
        List<String> fragment = graphQlTester.document("query { meetings(first: 50) { nodes { attendances { "
                        + "... on Attendance { person { name } } post @include(if: true) { title } } } } }")
                .execute().errors().verify()
                .path("meetings.nodes[*].attendances[*].person.name").entityList(String.class).get();
        assertThat(fragment).isEqualTo(plain).hasSizeGreaterThan(50);
        assertThat(reads.ports().calls("persons.findAllById")).isEqualTo(1);
    }

    @Test
    void a_selected_total_is_counted_once_and_an_unselected_one_never() {
        graphQlTester.document("query { meetings(first: 3) { nodes { id } } }").execute().errors().verify();
        assertThat(reads.ports().calls("meetings.count")).isZero();
        graphQlTester.document("query { meetings(first: 3) { totalCount a: totalCount } }").execute().errors().verify();
        assertThat(reads.ports().calls("meetings.count")).isEqualTo(1);
    }

    @Test
    void a_nested_total_read_beside_its_page_fails_at_the_total_as_a_total_read_after_it_did() {
        // the total is asked for with the page now, and the page waits for it: its failure must still be the
        // total's own, not the connection's (totalCount is non-null, so the answer is nulled from there upwards)
        reads.ports().failWith("meetings.counts", new IllegalStateException("boom"));
        try {
            graphQlTester.document("query { meetings(first: 3) { nodes { relation { meetings(first: 1) { totalCount "
                            + "nodes { id } } } } } }").execute()
                    .errors().satisfy(errors -> assertThat(errors).isNotEmpty().allSatisfy(error -> {
                        assertThat(error.getErrorType().toString()).isEqualTo("INTERNAL_ERROR");
                        assertThat(error.getPath()).matches("meetings\\.nodes\\[\\d+]\\.relation\\.meetings\\.totalCount");
                    }));
        } finally {
            reads.ports().heal();
        }
        assertThat(reads.ports().calls("meetings.counts")).isEqualTo(1);
    }

    private Map<String, Integer> callsFor(int first) {
        reads.ports().forgetCalls();
        graphQlTester.documentName("nested-meetings").variable("first", first).execute()
                .errors().verify()
                .path("meetings.nodes").entityList(Object.class).hasSize(first)
                .path("meetings.nodes[*].attendances[*].person.name").entityList(String.class)
                .hasSizeGreaterThan(first - 1);
        return reads.ports().callCounts();
    }

    /** Of the fields the read-ahead serves, whether each fetch answered a plain value or a future. */
    static final Map<String, java.util.Set<String>> fetched = new java.util.concurrent.ConcurrentHashMap<>();

    @TestConfiguration(proxyBeanMethods = false)
    static class FetchedValues {
        private static final java.util.Set<String> WATCHED = java.util.Set.of("Meeting.relation",
                "BilateralRelation.mechanisms", "Attendance.person", "Evidence.source", "Post.organization");

        @Bean
        Instrumentation fetchedValues() {
            return new SimplePerformantInstrumentation() {
                @Override
                public FieldFetchingInstrumentationContext beginFieldFetching(
                        InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
                    String field = parameters.getExecutionStepInfo().getObjectType().getName() + "."
                            + parameters.getField().getName();
                    if (!WATCHED.contains(field)) {
                        return null;
                    }
                    return new FieldFetchingInstrumentationContext() {
                        @Override
                        public void onDispatched() {
                        }

                        @Override
                        public void onCompleted(Object result, Throwable t) {
                        }

                        @Override
                        public void onFetchedValue(Object value) {
                            fetched.computeIfAbsent(field, f -> java.util.concurrent.ConcurrentHashMap.newKeySet())
                                    .add(value instanceof java.util.concurrent.CompletionStage<?> ? "future" : "value");
                        }
                    };
                }
            };
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class ManyMeetings {
        @Bean
        StoredReads storedReads() {
            return new StoredReads(Samples.withGeneratedMeetings(60));
        }
    }
}

package org.entente.graphql.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.entente.graphql.WholeSchemaTest;
import org.entente.graphql.fake.InMemoryCuration;
import org.entente.graphql.fake.FakeRecords;
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
@Import(InMemoryCuration.class)
class BatchingTest {
    @Autowired
    GraphQlTester graphQlTester;

    @Autowired
    FakeRecords records;

    @BeforeEach
    void forget() {
        records.forgetCalls();
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

        assertThat(calls).containsEntry("meetings(criteria)", 3) // the page, the relation's meetings(first: 2), its commitments
                .containsEntry("countMeetings", 2)
                .containsEntry("mechanismsOf", 1)
                .containsEntry("successorsOf", 1)
                .containsEntry("sessionsOf", 1)
                .containsEntry("instrumentsConcludedAt", 1)
                .containsEntry("meetingsAttendedBy", 1)
                .containsEntry("visits", 1)
                .containsEntry("timeline", 1);
        assertThat(calls.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(5));
    }

    @Test
    void a_record_asked_for_by_many_parents_is_loaded_once() {
        records.forgetCalls();
        graphQlTester.document("query { meetings(first: 50) { nodes { relation { id } } } }").execute()
                .errors().verify()
                .path("meetings.nodes[*].relation.id").entityList(String.class).hasSize(50);
        assertThat(records.calls("relations")).isEqualTo(1);
    }

    @Test
    void a_selected_total_is_counted_once_and_an_unselected_one_never() {
        graphQlTester.document("query { meetings(first: 3) { nodes { id } } }").execute().errors().verify();
        assertThat(records.calls("countMeetings")).isZero();
        graphQlTester.document("query { meetings(first: 3) { totalCount a: totalCount } }").execute().errors().verify();
        assertThat(records.calls("countMeetings")).isEqualTo(1);
    }

    private Map<String, Integer> callsFor(int first) {
        records.forgetCalls();
        graphQlTester.documentName("nested-meetings").variable("first", first).execute()
                .errors().verify()
                .path("meetings.nodes").entityList(Object.class).hasSize(first)
                .path("meetings.nodes[*].attendances[*].person.name").entityList(String.class)
                .hasSizeGreaterThan(first - 1);
        return records.callCounts();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class ManyMeetings {
        @Bean
        FakeRecords fakeRecords() {
            return new FakeRecords(Samples.withGeneratedMeetings(60));
        }
    }
}

package org.entente.graphql.cost;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.entente.graphql.WholeSchemaTest;
import org.entente.graphql.fake.CountedStorage;
import org.entente.graphql.fake.ReadsOverStoredRecords;
import org.entente.graphql.fake.Samples;
import org.entente.graphql.fake.StoredReads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;

/**
 * The limits inside graphql-java, over 100 meetings in a store that can be made slow: a request outside a static limit runs
 * nothing and says which limit and what it found; a request past its time is stopped, answers the time limit, and
 * its loaders call the store no more; an answer past its size is refused; every answer carries its cost.
 */
@WholeSchemaTest
@Import({ReadsOverStoredRecords.class, LimitsInExecutionTest.Limited.class})
class LimitsInExecutionTest {
    static final RequestLimits LIMITS = new RequestLimits(6, 3, 3, 2_000, 10, Duration.ofMillis(400), 10_000);

    @Autowired
    ExecutionGraphQlService graphQl;

    @Autowired
    StoredReads reads;

    CountedStorage records;

    @BeforeEach
    void forget() {
        records = reads.ports();
        records.forgetCalls();
    }

    @AfterEach
    void heal() {
        records.heal();
    }

    @Test
    void a_query_nested_too_deep_runs_nothing_and_names_the_limit_and_the_depth() {
        ExecutionResult result = execute("{ meetings(first: 1) { nodes { attendances { person { posts "
                + "{ organization { name } } } } } } }");
        assertThat(result.isDataPresent()).isFalse();
        assertThat(only(result).getExtensions()).containsEntry("code", "QUERY_TOO_DEEP")
                .containsEntry("limit", "entente.limits.max-depth").containsEntry("maximum", 6L)
                .containsEntry("found", 7L);
        assertThat(records.totalCalls()).isZero();
    }

    @Test
    void aliases_root_fields_and_nodes_each_have_their_code() {
        assertThat(code(execute("{ meetings { a: totalCount b: totalCount c: totalCount d: totalCount } }")))
                .isEqualTo("TOO_MANY_ALIASES");
        assertThat(code(execute("{ a: country(code: \"VN\") { name } b: country(code: \"JP\") { name } "
                + "c: meetings { totalCount } d: persons { totalCount } }"))).isEqualTo("TOO_MANY_ALIASES");
        assertThat(code(execute("{ country(code: \"VN\") { name } meetings { totalCount } persons { totalCount } "
                + "events { totalCount } }"))).isEqualTo("TOO_MANY_ROOT_FIELDS");
        assertThat(code(execute("{ meetings(first: 100) { nodes { attendances { person { name } } } } }")))
                .isEqualTo("TOO_MANY_NODES");
        assertThat(records.totalCalls()).isZero();
    }

    @Test
    void a_request_past_its_time_is_stopped_and_its_loaders_call_the_store_no_more() throws InterruptedException {
        records.delayEachCall(Duration.ofMillis(150));
        ExecutionResult result = execute("{ meetings(first: 50) { nodes { relation { id } visit { id } "
                + "mechanism { name } instruments { title } attendances { person { name } } } } }");

        assertThat(only(result).getExtensions()).containsEntry("code", "TIME_LIMIT_EXCEEDED")
                .containsEntry("limit", "entente.limits.time-limit").containsEntry("maximum", 400L);
        assertThat((Object) result.getData()).isNull();
        int callsWhenAnswered = records.totalCalls();
        Thread.sleep(500);
        assertThat(records.totalCalls()).isEqualTo(callsWhenAnswered);
        // the page, then at most the loaders of one level, each 150 ms, before 400 ms ran out
        assertThat(callsWhenAnswered).isLessThanOrEqualTo(5);
    }

    @Test
    void an_answer_growing_past_its_size_is_refused() {
        ExecutionResult result = execute("{ meetings(first: 100) { nodes { title startDate city areas "
                + "commitments { text } } } }");
        assertThat(code(result)).isEqualTo("RESPONSE_TOO_LARGE");
        assertThat((Object) result.getData()).isNull();
    }

    @Test
    void every_answer_carries_what_it_was_estimated_to_cost_and_what_it_cost() {
        ExecutionResult result = execute("{ meetings(first: 2) { nodes { id relation { id } } } }");
        assertThat(result.getErrors()).isEmpty();
        // the request, the connection, two meetings and their relation, estimated and returned
        assertThat(cost(result)).containsEntry("requestedQueryCost", 1L + 1 + 2 * 2)
                .containsEntry("actualQueryCost", 1L + 1 + 2 * 2).doesNotContainKey("throttleStatus");
        assertThat(cost(execute("{ meetings("))).containsEntry("requestedQueryCost", 1L)
                .containsEntry("actualQueryCost", 1L);
    }

    private ExecutionResult execute(String document) {
        return graphQl.execute(new DefaultExecutionGraphQlRequest(document, null, null, null, "test", null))
                .block(Duration.ofSeconds(10)).getExecutionResult();
    }

    private static GraphQLError only(ExecutionResult result) {
        assertThat(result.getErrors()).hasSize(1);
        return result.getErrors().get(0);
    }

    private static Object code(ExecutionResult result) {
        return only(result).getExtensions().get("code");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cost(ExecutionResult result) {
        return (Map<String, Object>) result.getExtensions().get("cost");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Limited {
        @Bean
        StoredReads storedReads() {
            return new StoredReads(Samples.withGeneratedMeetings(100));
        }

        @Bean
        CostInstrumentation costInstrumentation() {
            return new CostInstrumentation(LIMITS);
        }
    }

    static List<String> codes(ExecutionResult result) {
        return result.getErrors().stream().map(e -> String.valueOf(e.getExtensions().get("code"))).toList();
    }
}

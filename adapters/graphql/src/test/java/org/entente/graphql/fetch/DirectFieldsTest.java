package org.entente.graphql.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletableFuture;
import org.entente.graphql.WholeSchemaTest;
import org.entente.graphql.fake.FakeUseCases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import org.springframework.graphql.test.tester.GraphQlTester;
import reactor.core.publisher.Mono;

/**
 * The fields of records run as direct, trivial fetchers; the root operations keep spring-graphql's; and what runs
 * directly answers what spring-graphql's fetcher would (every other test of this module runs through them too).
 */
@WholeSchemaTest
@Import(FakeUseCases.class)
class DirectFieldsTest {
    @Autowired
    GraphQlSource source;

    @Autowired
    GraphQlTester graphQlTester;

    @Test
    void record_fields_are_direct_and_root_fields_are_not() {
        assertThat(fetcher("Meeting", "attendances")).isInstanceOf(TrivialDataFetcher.class);
        assertThat(fetcher("Attendance", "person")).isInstanceOf(TrivialDataFetcher.class);
        assertThat(fetcher("Person", "meetings")).isInstanceOf(TrivialDataFetcher.class);
        assertThat(fetcher("BilateralRelation", "timeline")).isInstanceOf(TrivialDataFetcher.class);
        assertThat(fetcher("Query", "meetings")).isNotInstanceOf(TrivialDataFetcher.class);
        assertThat(fetcher("Mutation", "recordMeeting")).isNotInstanceOf(TrivialDataFetcher.class);
        // the schema inspection and the tools that read it still see the controller's method
        assertThat(((SelfDescribingDataFetcher<?>) fetcher("Person", "meetings")).asMethod().getName())
                .isEqualTo("meetings");
        assertThat(((SelfDescribingDataFetcher<?>) fetcher("Person", "meetings")).getArguments())
                .containsOnlyKeys("first", "after", "last", "before");
    }

    @Test
    void scalar_and_input_object_arguments_are_bound() {
        graphQlTester.document("""
                { relation(between: ["VN", "JP"]) {
                    meetings(filter: {from: "2023-01"}, first: 1) { totalCount nodes { title } }
                    levelAt(date: "2024-01-01") { name }
                    timeline(first: 2) { nodes { __typename } } } }""")
                .execute().errors().verify()
                .path("relation.meetings.nodes").entityList(Object.class).hasSize(1)
                .path("relation.levelAt.name").entity(String.class).isEqualTo("Comprehensive Strategic Partnership for Peace and Prosperity in Asia and the World")
                .path("relation.timeline.nodes").entityList(Object.class).hasSize(2);
    }

    @Test
    void methods_spring_graphql_must_call_are_left_to_it() throws Exception {
        assertThat(DirectFields.isDirect(Samples.class.getMethod("plain", String.class, DataFetchingEnvironment.class)))
                .isTrue();
        assertThat(DirectFields.isDirect(Samples.class.getMethod("batched", String.class, Integer.class))).isTrue();
        assertThat(DirectFields.isDirect(Samples.class.getMethod("reactive", String.class))).isFalse();
        assertThat(DirectFields.isDirect(Samples.class.getMethod("renamed", String.class, Integer.class))).isFalse();
        assertThat(DirectFields.isDirect(Samples.class.getMethod("other", String.class, Object.class))).isFalse();
    }

    private DataFetcher<?> fetcher(String type, String field) {
        GraphQLSchema schema = source.schema();
        GraphQLObjectType parent = schema.getObjectType(type);
        return schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(type, field),
                parent.getFieldDefinition(field));
    }

    @SuppressWarnings("unused")
    static class Samples {
        public CompletableFuture<String> plain(String source, DataFetchingEnvironment env) {
            return CompletableFuture.completedFuture(source);
        }

        public String batched(String source, @Argument Integer first) {
            return source;
        }

        public Mono<String> reactive(String source) {
            return Mono.just(source);
        }

        public String renamed(String source, @Argument("count") Integer first) {
            return source;
        }

        public String other(String source, Object unknown) {
            return source;
        }
    }
}

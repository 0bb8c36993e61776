package org.entente.graphql.page;

import java.util.Collection;
import java.util.List;
import org.entente.graphql.WholeSchemaTest;
import org.entente.graphql.fake.FakeUseCases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.data.pagination.ConnectionAdapter;
import org.springframework.graphql.data.pagination.ConnectionFieldTypeVisitor;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * With Spring Data on the classpath (as in bootstrap), Spring GraphQL wraps every field of a connection type in
 * its own connection adapter; ours must pass through it untouched, top-level and nested, sync and batched.
 */
@WholeSchemaTest
@Import({FakeUseCases.class, SpringConnectionVisitorTest.SpringDataLikeConnections.class})
class SpringConnectionVisitorTest {
    @Autowired
    GraphQlTester graphQlTester;

    @Test
    void our_connections_pass_through_spring_graphql_connection_adapter() {
        graphQlTester.document("""
                { meetings(first: 2) { totalCount nodes { title } pageInfo { hasNextPage endCursor } }
                  relation(between: ["VN", "JP"]) { meetings(first: 1) { totalCount } timeline(first: 1) { totalCount } }
                  persons(first: 1) { nodes { meetings(first: 1) { totalCount edges { cursor } } } } }""")
                .execute().errors().verify()
                .path("meetings.totalCount").entity(Integer.class).isEqualTo(7)
                .path("meetings.nodes").entityList(Object.class).hasSize(2)
                .path("relation.meetings.totalCount").entity(Integer.class).isEqualTo(6)
                .path("relation.timeline.totalCount").entity(Integer.class).isEqualTo(14)
                .path("persons.nodes[0].meetings.totalCount").entity(Integer.class).isEqualTo(2); // Fumio Kishida
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class SpringDataLikeConnections {
        @Bean
        GraphQlSourceBuilderCustomizer connectionVisitor() {
            ConnectionAdapter adaptsNothing = new ConnectionAdapter() {
                @Override
                public boolean supports(Class<?> containerType) {
                    return false;
                }

                @Override
                public <T> Collection<T> getContent(Object container) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public boolean hasPrevious(Object container) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public boolean hasNext(Object container) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public String cursorAt(Object container, int index) {
                    throw new UnsupportedOperationException();
                }
            };
            return builder -> builder.typeVisitors(List.of(ConnectionFieldTypeVisitor.create(List.of(adaptsNothing))));
        }
    }
}

package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entente.storage.mongodb.IndexedQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Every query the service sends the embedded MongoDB server while it loads the shipped data set and answers the
 * nested query, the listings with each filter, and nested pages and totals, is served by a declared index by the
 * equality–sort–range rule (the adapter's {@link IndexedQueries}, listening to the driver).
 */
@ServiceTest
@TestPropertySource(properties = "entente.test.context=indexed-queries")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import(IndexedQueriesOverHttpTest.Listening.class)
class IndexedQueriesOverHttpTest {
    @LocalServerPort
    int port;

    @Autowired
    IndexedQueries queries;

    @Test
    void everyQueryTheServiceSendsIsServedByADeclaredIndex() throws IOException {
        HttpGraphQlTester client = ServiceClient.graphQl(port);
        String nested = new ClassPathResource("graphql-test/nested-meetings.graphql")
                .getContentAsString(StandardCharsets.UTF_8);
        client.document(nested).variable("first", 20).execute().errors().verify();
        for (String listing : List.of(
                "{ meetings(filter: { from: \"2023\", to: \"2024-06\" }, first: 3) { totalCount nodes { id } } }",
                "{ meetings(filter: { kind: TALKS, country: \"JP\" }, last: 3) { totalCount nodes { id } } }",
                "{ persons(filter: { name: \"nguyen\" }, first: 3) { totalCount nodes { meetings(first: 2) { totalCount nodes { id } } } } }",
                "{ instruments(first: 3) { totalCount nodes { id } } invitations(first: 3) { totalCount nodes { id } } "
                        + "events(first: 3) { totalCount nodes { id } } }",
                "{ relation(between: [\"VN\", \"JP\"]) { timeline(first: 3) { totalCount nodes { date } } "
                        + "commitments(first: 2) { totalCount } instruments(first: 2) { totalCount } "
                        + "invitations(first: 2) { totalCount } events(first: 2) { totalCount } } }")) {
            client.document(listing).execute().errors().verify();
        }

        assertThat(queries.seen()).as("query shapes recorded").hasSizeGreaterThan(15);
        assertThat(queries.unserved()).as("query shapes no declared index serves, each with the index it would need")
                .extracting(IndexedQueries.Shape::wanted).isEmpty();
    }

    /**
     * Imported by this test alone: a class the component scan would find ({@code @TestConfiguration} is a
     * {@code @Configuration}) would also listen in every service the benchmarks start from the test classes.
     */
    static class Listening {
        @Bean
        IndexedQueries indexedQueries() {
            return new IndexedQueries();
        }
    }
}

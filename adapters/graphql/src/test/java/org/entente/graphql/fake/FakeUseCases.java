package org.entente.graphql.fake;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The read use cases as one in-memory fake over the standard samples, and the curation use cases beside them. */
@TestConfiguration(proxyBeanMethods = false)
@Import(InMemoryCuration.class)
public class FakeUseCases {
    @Bean
    public FakeRecords fakeRecords() {
        return new FakeRecords(Samples.standard());
    }
}

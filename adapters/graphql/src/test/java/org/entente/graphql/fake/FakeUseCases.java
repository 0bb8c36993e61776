package org.entente.graphql.fake;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The read use cases as one in-memory fake over the standard samples. */
@TestConfiguration(proxyBeanMethods = false)
public class FakeUseCases {
    @Bean
    public FakeRecords fakeRecords() {
        return new FakeRecords(Samples.standard());
    }
}

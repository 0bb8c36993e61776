package org.entente.graphql.fake;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The read use cases over the standard samples in memory, and the curation use cases beside them. */
@TestConfiguration(proxyBeanMethods = false)
@Import(ReadsOverStoredRecords.class)
public class FakeUseCases {
    @Bean
    public StoredReads storedReads() {
        return new StoredReads(Samples.standard());
    }
}

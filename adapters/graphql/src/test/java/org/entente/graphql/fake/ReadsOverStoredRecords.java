package org.entente.graphql.fake;

import org.entente.application.port.in.BrowseRecords;
import org.entente.application.port.in.ExploreRelations;
import org.entente.application.port.in.LoadRecords;
import org.entente.graphql.page.NestedPages;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The read use cases of whichever {@link StoredReads} the test provides, and the curation use cases beside them. */
@TestConfiguration(proxyBeanMethods = false)
@Import({InMemoryCuration.class, NestedPages.class})
public class ReadsOverStoredRecords {
    @Bean
    public ExploreRelations exploreRelations(StoredReads reads) {
        return reads.explore();
    }

    @Bean
    public BrowseRecords browseRecords(StoredReads reads) {
        return reads.browse();
    }

    @Bean
    public LoadRecords loadRecords(StoredReads reads) {
        return reads.load();
    }
}

package org.entente.graphql.fake;

import org.entente.application.port.in.BrowseRecords;
import org.entente.application.port.in.ExploreRelations;
import org.entente.application.port.in.LoadRecords;
import org.entente.application.service.BrowseRecordsService;
import org.entente.application.service.ExploreRelationsService;
import org.entente.application.service.LoadRecordsService;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The read use cases over the {@link CurationWorld}'s store, so that a mutation's payload reads what it stored. */
@TestConfiguration(proxyBeanMethods = false)
public class InMemoryReads {
    @Bean
    public LoadRecords loadRecords(CurationWorld world) {
        return new LoadRecordsService(world.storage);
    }

    @Bean
    public BrowseRecords browseRecords(CurationWorld world) {
        return new BrowseRecordsService(world.storage);
    }

    @Bean
    public ExploreRelations exploreRelations(CurationWorld world) {
        var s = world.storage;
        return new ExploreRelationsService(s.relations(), s.meetings(), s.instruments(), s.events());
    }
}

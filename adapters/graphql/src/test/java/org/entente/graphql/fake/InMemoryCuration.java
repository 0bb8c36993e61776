package org.entente.graphql.fake;

import org.entente.application.port.in.CurateAgreements;
import org.entente.application.port.in.CurateDirectory;
import org.entente.application.port.in.CurateMeetings;
import org.entente.application.port.in.CurateOnce;
import org.entente.application.port.in.CurateRelations;
import org.entente.application.port.in.CurateSources;
import org.entente.application.port.in.ReadHistory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The curation use cases and the history reader of one {@link CurationWorld}. */
@TestConfiguration(proxyBeanMethods = false)
public class InMemoryCuration {
    @Bean
    public CurationWorld curationWorld() {
        return new CurationWorld();
    }

    @Bean
    public CurateSources curateSources(CurationWorld world) {
        return world.sources;
    }

    @Bean
    public CurateMeetings curateMeetings(CurationWorld world) {
        return world.meetings;
    }

    @Bean
    public CurateAgreements curateAgreements(CurationWorld world) {
        return world.agreements;
    }

    @Bean
    public CurateDirectory curateDirectory(CurationWorld world) {
        return world.directory;
    }

    @Bean
    public CurateRelations curateRelations(CurationWorld world) {
        return world.relations;
    }

    @Bean
    public CurateOnce curateOnce(CurationWorld world) {
        return world.once;
    }

    @Bean
    public ReadHistory readHistory(CurationWorld world) {
        return world.history;
    }
}

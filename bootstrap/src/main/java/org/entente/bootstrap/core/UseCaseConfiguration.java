package org.entente.bootstrap.core;

import java.time.Clock;
import org.entente.application.port.out.Actors;
import org.entente.application.port.out.Storage;
import org.entente.application.service.BrowseRecordsService;
import org.entente.application.service.ChangeBroadcast;
import org.entente.application.service.Chronicle;
import org.entente.application.service.CurateAgreementsService;
import org.entente.application.service.CurateDirectoryService;
import org.entente.application.service.CurateMeetingsService;
import org.entente.application.service.CurateOnceService;
import org.entente.application.service.CurateRelationsService;
import org.entente.application.service.CurateSourcesService;
import org.entente.application.service.DataSetService;
import org.entente.application.service.ExploreRelationsService;
import org.entente.application.service.LoadRecordsService;
import org.entente.application.service.ReadHistoryService;
import org.entente.bootstrap.security.AuthenticatedActors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases over the selected store: plain classes of the application, created here and nowhere else. */
@Configuration(proxyBeanMethods = false)
public class UseCaseConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean(destroyMethod = "close")
    ChangeBroadcast changeBroadcast() {
        return new ChangeBroadcast();
    }

    @Bean
    Actors actors() {
        return new AuthenticatedActors();
    }

    @Bean
    Chronicle chronicle(Storage storage, ChangeBroadcast changes, Actors actors, Clock clock) {
        return new Chronicle(storage, changes, actors, clock);
    }

    @Bean
    ExploreRelationsService exploreRelations(Storage storage) {
        return new ExploreRelationsService(storage.relations(), storage.meetings(), storage.instruments(),
                storage.events());
    }

    @Bean
    BrowseRecordsService browseRecords(Storage storage) {
        return new BrowseRecordsService(storage.meetings(), storage.persons(), storage.instruments(), storage.events(),
                storage.invitations());
    }

    @Bean
    LoadRecordsService loadRecords(Storage storage) {
        return new LoadRecordsService(storage);
    }

    @Bean
    ReadHistoryService readHistory(Storage storage) {
        return new ReadHistoryService(storage.revisions());
    }

    @Bean
    CurateSourcesService curateSources(Storage storage, Chronicle chronicle) {
        return new CurateSourcesService(storage.sources(), chronicle);
    }

    @Bean
    CurateRelationsService curateRelations(Storage storage, Chronicle chronicle) {
        return new CurateRelationsService(storage.relations(), storage.meetings(), storage.sources(), chronicle);
    }

    @Bean
    CurateMeetingsService curateMeetings(Storage storage, Chronicle chronicle) {
        return new CurateMeetingsService(storage, chronicle);
    }

    @Bean
    CurateAgreementsService curateAgreements(Storage storage, Chronicle chronicle) {
        return new CurateAgreementsService(storage, chronicle);
    }

    @Bean
    CurateDirectoryService curateDirectory(Storage storage, Chronicle chronicle) {
        return new CurateDirectoryService(storage, chronicle);
    }

    @Bean
    CurateOnceService curateOnce(CurateSourcesService sources, CurateMeetingsService meetings,
                                 CurateAgreementsService agreements, CurateDirectoryService directory, Storage storage,
                                 Chronicle chronicle) {
        return new CurateOnceService(sources, meetings, agreements, directory, storage, chronicle);
    }

    @Bean
    DataSetService dataSets(Storage storage, Chronicle chronicle) {
        return new DataSetService(storage, chronicle);
    }
}

package org.entente.bootstrap.core;

import java.time.Clock;
import org.entente.application.port.out.Actors;
import org.entente.application.port.out.ChangeFeed;
import org.entente.application.port.out.RunningStore;
import org.entente.application.port.out.SharedChangeFeed;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

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

    /**
     * Where changes are announced: the store's shared feed where it has one (a MongoDB replica set's change stream,
     * so that a change made through any instance reaches the subscribers of all), this process's broadcast otherwise.
     */
    @Bean
    @Primary
    ChangeFeed changeFeed(ObjectProvider<RunningStore> store, ChangeBroadcast changes) {
        RunningStore running = store.getIfUnique();
        return running == null ? changes : running.sharedChangeFeed().<ChangeFeed>map(shared -> shared).orElse(changes);
    }

    /** The shared feed's changes, every instance's, handed to this process's subscribers; nothing when there is none. */
    @Bean(destroyMethod = "close")
    AutoCloseable sharedChangesRelay(ChangeFeed changeFeed, ChangeBroadcast changes) {
        return changeFeed instanceof SharedChangeFeed shared ? shared.relayTo(changes) : () -> { };
    }

    @Bean
    Chronicle chronicle(Storage storage, ChangeFeed changeFeed, Actors actors, Clock clock) {
        return new Chronicle(storage, changeFeed, actors, clock);
    }

    @Bean
    ExploreRelationsService exploreRelations(Storage storage) {
        return new ExploreRelationsService(storage.relations(), storage.meetings(), storage.instruments(),
                storage.events());
    }

    @Bean
    BrowseRecordsService browseRecords(Storage storage) {
        return new BrowseRecordsService(storage);
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

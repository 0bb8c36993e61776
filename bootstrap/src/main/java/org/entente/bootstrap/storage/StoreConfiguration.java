package org.entente.bootstrap.storage;

import java.util.List;
import org.entente.application.port.out.RunningStore;
import org.entente.application.port.out.Storage;
import org.entente.application.port.out.StoreOffer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The store the service runs on, whichever adapter contributes it. Each store adapter on the class path offers
 * itself and, when {@code entente.storage} names it (MongoDB when nothing does), runs the store, through Spring
 * Boot's own auto-configuration (docs/storage-adapters.md, "Writing an adapter", step 4); this root names none of
 * them. A name no adapter answers to stops the start with the names that would be right. The store's description
 * is told in the console's start-up block (ReadyBlock).
 */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {
    @Bean
    Storage storage(ObjectProvider<RunningStore> running, List<StoreOffer> offers, Environment environment) {
        RunningStore store = running.getIfUnique();
        if (store == null) {
            throw new UnknownStoreException(environment.getProperty("entente.storage", ""),
                    offers.stream().map(StoreOffer::name).sorted().toList());
        }
        return store.storage();
    }
}

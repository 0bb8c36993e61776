package org.entente.storage.memory.boot;

import org.entente.application.port.out.RunningStore;
import org.entente.application.port.out.Storage;
import org.entente.application.port.out.StoreOffer;
import org.entente.storage.memory.InMemoryStorage;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Offers the in-memory store to a Spring Boot service by the name {@code memory}, and runs the service on it when
 * {@code entente.storage=memory}: every record in this process's memory, gone when it ends.
 */
@AutoConfiguration
public class InMemoryStoreAutoConfiguration {
    static final String NAME = "memory";

    @Bean
    StoreOffer inMemoryStoreOffer() {
        return new StoreOffer(NAME);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "entente.storage", havingValue = NAME)
    RunningStore inMemoryStore() {
        Storage storage = InMemoryStorage.empty();
        return new RunningStore() {
            @Override
            public Storage storage() {
                return storage;
            }

            @Override
            public String description() {
                return "in-memory store (entente.storage=memory), data lost at shutdown";
            }
        };
    }
}

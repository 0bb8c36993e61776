package org.entente.bootstrap.storage;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import java.nio.file.Path;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.entente.application.port.out.Storage;
import org.entente.storage.mongodb.EmbeddedMongo;
import org.entente.storage.mongodb.MongoCommandCounter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Chooses the store from the properties (see docs/storage-adapters.md): MongoDB at {@code spring.mongodb.uri} or
 * {@code MONGODB_URI}; with neither, an embedded MongoDB-compatible server started here, its data in a file or in
 * memory; or, with {@code entente.storage=memory}, no MongoDB at all.
 */
@Configuration(proxyBeanMethods = false)
public class StorageConfiguration {
    private static final Log log = LogFactory.getLog(StorageConfiguration.class);
    static final String DEFAULT_DATABASE = "entente";
    static final String DEFAULT_FILE = "./data/entente.mv";

    @Bean
    SelectedStore selectedStore(Environment environment, ObjectProvider<CommandListener> listeners) {
        SelectedStore store = switch (choice(environment, "entente.storage", "mongodb", "mongodb", "memory")) {
            case "memory" -> MemoryStore.empty();
            default -> mongo(environment, listeners);
        };
        log.info("Store: " + store.description());
        return store;
    }

    @Bean
    Storage storage(SelectedStore store) {
        return store.storage();
    }

    private static SelectedStore mongo(Environment environment, ObjectProvider<CommandListener> listeners) {
        String uri = environment.getProperty("spring.mongodb.uri", environment.getProperty("MONGODB_URI", "")).trim();
        EmbeddedMongo embedded = null;
        String description;
        if (uri.isEmpty()) {
            embedded = switch (choice(environment, "entente.storage.embedded.backend", "file", "file", "memory")) {
                case "memory" -> EmbeddedMongo.inMemory();
                default -> EmbeddedMongo.onFile(Path.of(environment.getProperty("entente.storage.embedded.path",
                        DEFAULT_FILE)));
            };
            uri = embedded.connectionString();
            description = embedded.description();
        } else {
            description = null;
        }
        ConnectionString connection;
        try {
            connection = new ConnectionString(uri);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("spring.mongodb.uri (or MONGODB_URI) is not a MongoDB connection string: "
                    + e.getMessage(), e);
        }
        String database = connection.getDatabase() != null ? connection.getDatabase()
                : environment.getProperty("spring.mongodb.database", DEFAULT_DATABASE);
        MongoCommandCounter commands = new MongoCommandCounter();
        MongoClientSettings.Builder settings = MongoClientSettings.builder()
                .applyConnectionString(connection)
                .applicationName("entente")
                .addCommandListener(commands);
        if (embedded == null && connection.getWriteConcern() == null) {
            // an answered write is on a majority of the replica set's members, in their journals (docs/operations.md)
            settings.writeConcern(WriteConcern.MAJORITY.withJournal(true));
        }
        // the listeners the context holds hear every command: Micrometer's timers (Spring Boot's own
        // MongoMetricsCommandListener, where Actuator is on), a test's check of the queries sent
        listeners.orderedStream().forEach(settings::addCommandListener);
        MongoClient client = MongoClients.create(settings.build());
        if (description == null) {
            description = "MongoDB at " + String.join(",", connection.getHosts()) + " (configured), database "
                    + database;
        } else {
            description += ", database " + database;
        }
        return new MongoStore(embedded, client, new MongoTemplate(client, database), commands, description);
    }

    /** The property's value among {@code allowed}, or a start-up error that names the property and the values. */
    static String choice(Environment environment, String property, String fallback, String... allowed) {
        String value = environment.getProperty(property, fallback).trim().toLowerCase(java.util.Locale.ROOT);
        for (String option : allowed) {
            if (option.equals(value)) {
                return value;
            }
        }
        throw new IllegalStateException(property + "=" + environment.getProperty(property) + " is not one of "
                + String.join(", ", allowed));
    }
}

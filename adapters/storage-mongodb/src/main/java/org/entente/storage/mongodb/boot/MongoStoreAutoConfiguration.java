package org.entente.storage.mongodb.boot;

import com.mongodb.ConnectionString;
import com.mongodb.ContextProvider;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.ConnectionPoolListener;
import io.micrometer.observation.ObservationRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.bson.Document;
import org.entente.application.port.out.RunningStore;
import org.entente.application.port.out.SharedChangeFeed;
import org.entente.application.port.out.Storage;
import org.entente.application.port.out.StoreOffer;
import org.entente.storage.mongodb.EmbeddedMongo;
import org.entente.storage.mongodb.MongoChangeFeed;
import org.entente.storage.mongodb.MongoCommandCounter;
import org.entente.storage.mongodb.MongoStorage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.observability.ContextProviderFactory;
import org.springframework.data.mongodb.observability.MongoObservationCommandListener;

/**
 * Offers MongoDB to a Spring Boot service by the name {@code mongodb}, the store it runs on when
 * {@code entente.storage} says nothing else (docs/storage-adapters.md): the server of {@code spring.mongodb.uri} (or
 * {@code MONGODB_URI}); with neither, an embedded MongoDB-compatible server started here, its data in a file or in
 * memory ({@code entente.storage.embedded.backend}, {@code entente.storage.embedded.path}).
 */
@AutoConfiguration
public class MongoStoreAutoConfiguration {
    static final String NAME = "mongodb";
    static final String DEFAULT_DATABASE = "entente";
    static final String DEFAULT_FILE = "./data/entente.mv";
    /** How long readiness's ping may wait for the server; the health check bounds the whole probe as well. */
    static final long PROBE_TIMEOUT_MS = 2_000;
    /** Whether subscriptions on a configured MongoDB are fed by its change stream, so reach every instance. */
    static final String TRACING = "management.tracing.export.enabled";
    static final String CHANGE_STREAM = "entente.storage.mongodb.change-stream";
    static final String NOTICES_EXPIRE = "entente.storage.mongodb.change-notices-expire-after";
    static final String STREAM_RETRY = "entente.storage.mongodb.change-stream-retry";

    @Bean
    StoreOffer mongoStoreOffer() {
        return new StoreOffer(NAME);
    }

    /** The driver's commands, counted: a listener of the client below, as every listener bean is. */
    @Bean
    @ConditionalOnProperty(name = "entente.storage", havingValue = NAME, matchIfMissing = true)
    MongoCommandCounter mongoCommandCounter() {
        return new MongoCommandCounter();
    }

    /**
     * Every command a span of the request that sent it, while the service traces (Spring Boot's
     * {@code management.tracing.export.enabled}; it costs an observation per command, so not otherwise).
     */
    @Bean
    @ConditionalOnProperty(name = "entente.storage", havingValue = NAME, matchIfMissing = true)
    @ConditionalOnBooleanProperty(TRACING)
    MongoObservationCommandListener mongoCommandSpans(ObjectProvider<ObservationRegistry> observations) {
        return new MongoObservationCommandListener(observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    /** The request's observation handed to the driver, so that a command's span is a child of the request's. */
    @Bean
    @ConditionalOnProperty(name = "entente.storage", havingValue = NAME, matchIfMissing = true)
    @ConditionalOnBooleanProperty(TRACING)
    ContextProvider mongoTraceContext(ObjectProvider<ObservationRegistry> observations) {
        return ContextProviderFactory.create(observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "entente.storage", havingValue = NAME, matchIfMissing = true)
    RunningStore mongoStore(Environment environment, ObjectProvider<CommandListener> listeners,
                            ObjectProvider<ConnectionPoolListener> pools, ObjectProvider<ContextProvider> context) {
        String uri = environment.getProperty("spring.mongodb.uri", environment.getProperty("MONGODB_URI", "")).trim();
        EmbeddedMongo embedded = null;
        if (uri.isEmpty()) {
            embedded = switch (choice(environment, "entente.storage.embedded.backend", "file", "file", "memory")) {
                case "memory" -> EmbeddedMongo.inMemory();
                default -> EmbeddedMongo.onFile(Path.of(environment.getProperty("entente.storage.embedded.path",
                        DEFAULT_FILE)));
            };
            uri = embedded.connectionString();
        }
        ConnectionString connection;
        try {
            connection = new ConnectionString(uri);
        } catch (IllegalArgumentException e) {
            throw new StoreSettingException("spring.mongodb.uri (or MONGODB_URI) is not a MongoDB connection string: "
                    + e.getMessage(), e);
        }
        String database = connection.getDatabase() != null ? connection.getDatabase()
                : environment.getProperty("spring.mongodb.database", DEFAULT_DATABASE);
        if (embedded == null) {
            // a server that does not answer stops the start in seconds, not after the driver's 30 s per command
            ServerReach.await(connection, database, startTimeout(environment));
        }
        MongoClientSettings.Builder settings = MongoClientSettings.builder()
                .applyConnectionString(connection)
                .applicationName("entente");
        if (embedded == null && connection.getWriteConcern() == null) {
            // an answered write is on a majority of the replica set's members, in their journals (docs/operations.md)
            settings.writeConcern(WriteConcern.MAJORITY.withJournal(true));
        }
        // the listeners the context holds hear every command: the counter above, Micrometer's timers (Spring Boot's
        // own MongoMetricsCommandListener, where Actuator is on), a test's check of the queries sent
        listeners.orderedStream().forEach(settings::addCommandListener);
        // ...and every pool listener its connections' lives (Micrometer's mongodb_driver_pool_* gauges)
        settings.applyToConnectionPoolSettings(pool -> pools.orderedStream().forEach(pool::addConnectionPoolListener));
        // where a request's trace is handed to the driver, so that its commands' spans join it
        context.ifAvailable(settings::contextProvider);
        MongoClient client = MongoClients.create(settings.build());
        String description = (embedded != null ? embedded.description()
                : "MongoDB at " + String.join(",", connection.getHosts()) + " (configured)") + ", database " + database;
        MongoTemplate template = new MongoTemplate(client, database);
        boolean shared = embedded == null && environment.getProperty(CHANGE_STREAM, Boolean.class, true);
        return MongoRunningStore.open(embedded, client, template, description,
                shared ? () -> MongoChangeFeed.on(template, duration(environment, NOTICES_EXPIRE, "1h"),
                        duration(environment, STREAM_RETRY, "1s")) : null);
    }

    /** A positive duration the property holds, or a start-up error that names the property. */
    static Duration duration(Environment environment, String property, String fallback) {
        String text = environment.getProperty(property, fallback).trim();
        Duration value;
        try {
            value = DurationStyle.detectAndParse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + "=" + text + " is not a duration (such as 1h, 30s, 500ms)");
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalStateException(property + "=" + text + " is not a positive duration");
        }
        return value;
    }

    /** One WARN line at start when the embedded server holds more meetings than it pages quickly. */
    @Bean
    @ConditionalOnProperty(name = "entente.storage", havingValue = NAME, matchIfMissing = true)
    ApplicationListener<ApplicationReadyEvent> embeddedScanWarning(RunningStore mongoStore, Environment environment) {
        long meetings = EmbeddedScanWarning.threshold(environment);
        if (mongoStore instanceof MongoRunningStore running && running.embedded() != null) {
            return new EmbeddedScanWarning(running.storage(), meetings);
        }
        return event -> {
        };
    }

    /** The property's value among {@code allowed}, or a start-up error that names the property and the values. */
    static String choice(Environment environment, String property, String fallback, String... allowed) {
        String value = environment.getProperty(property, fallback).trim().toLowerCase(Locale.ROOT);
        for (String option : allowed) {
            if (option.equals(value)) {
                return value;
            }
        }
        throw new StoreSettingException(property + "=" + environment.getProperty(property) + " is not one of "
                + String.join(", ", allowed));
    }

    /** How long the start waits for a configured server's first answer ({@value ServerReach#SETTING}). */
    static Duration startTimeout(Environment environment) {
        String value = environment.getProperty(ServerReach.SETTING);
        if (value == null || value.isBlank()) {
            return ServerReach.DEFAULT;
        }
        try {
            Duration timeout = DurationStyle.detectAndParse(value.strip());
            if (!timeout.isNegative() && !timeout.isZero()) {
                return timeout;
            }
        } catch (IllegalArgumentException e) {
            // refused below, with the setting's name
        }
        throw new StoreSettingException(ServerReach.SETTING + "=" + value + " is not a positive duration (such as "
                + "5s or 1500ms)");
    }

    /** A MongoDB server, its client and the ports over Entente's database; the client closes before the server. */
    private record MongoRunningStore(EmbeddedMongo embedded, MongoClient client, Storage storage, String description,
                                     Optional<SharedChangeFeed> sharedChangeFeed) implements RunningStore {
        static MongoRunningStore open(EmbeddedMongo embedded, MongoClient client, MongoTemplate template,
                                      String description, Supplier<SharedChangeFeed> sharedFeed) {
            try {
                Storage storage = embedded != null ? MongoStorage.onEmbedded(embedded, template)
                        : MongoStorage.create(template);
                return new MongoRunningStore(embedded, client, storage, description,
                        Optional.ofNullable(sharedFeed).map(Supplier::get));
            } catch (RuntimeException e) {
                close(embedded, client);
                throw e;
            }
        }

        /** A ping bounded by the probe's own timeout, not the driver's 30 s of server selection. */
        @Override
        public void probe() {
            client.getDatabase("admin").withTimeout(PROBE_TIMEOUT_MS, TimeUnit.MILLISECONDS)
                    .runCommand(new Document("ping", 1));
        }

        @Override
        public void close() {
            close(embedded, client);
        }

        /** The client first, so that the embedded server closes with no connection left and writes its file whole. */
        private static void close(EmbeddedMongo embedded, MongoClient client) {
            client.close();
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}

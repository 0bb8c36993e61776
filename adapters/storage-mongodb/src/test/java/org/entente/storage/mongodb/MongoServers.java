package org.entente.storage.mongodb;

import java.util.function.Function;
import java.util.function.Supplier;
import org.entente.application.port.out.Storage;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The servers the contract suite runs the MongoDB adapter against, each started at most once per test run and
 * emptied before each test: {@code mongo-java-server} in this process (always), a real {@code mongod} in a
 * {@code mongo:8} container (where Docker is available), and the server of {@code MONGODB_URI} (when set).
 * Every test uses the database {@value #DATABASE}, so a configured server's other databases are never touched.
 */
final class MongoServers {
    static final String DATABASE = "entente-contract";
    static final String DOCKER_AVAILABLE = "org.entente.storage.mongodb.MongoServers#dockerAvailable";
    static final String NO_DOCKER = "no Docker engine here: the contract runs against a real mongod (mongo:8) only "
            + "where Testcontainers finds Docker";
    static final String NO_URI = "MONGODB_URI is not set: set it to run the contract against that server too";

    private static final Lazy EMBEDDED = new Lazy(() -> {
        EmbeddedMongo server = EmbeddedMongo.inMemory();
        return new Started(server.connectionString(), mongo -> new MongoSite(mongo, server.units(), Branches.FACET));
    });
    private static final Lazy CONTAINER = new Lazy(() -> {
        MongoDBContainer mongod = new MongoDBContainer("mongo:8");
        mongod.start();
        return new Started(mongod.getConnectionString(),
                mongo -> new MongoSite(mongo, ServerTransactions.of(mongo), Branches.UNION));
    });
    private static final Lazy CONFIGURED = new Lazy(() -> new Started(System.getenv("MONGODB_URI"),
            mongo -> new MongoSite(mongo, ServerTransactions.of(mongo), Branches.UNION)));

    private MongoServers() {
    }

    /** A server started: where it listens, and the site of a database of it that its ports are made over. */
    private record Started(String connectionString, Function<MongoTemplate, MongoSite> site) {
    }

    static Storage emptyEmbedded() {
        return EMBEDDED.emptied();
    }

    static Storage emptyMongod() {
        return CONTAINER.emptied();
    }

    static Storage emptyConfigured() {
        return CONFIGURED.emptied();
    }

    /** How many documents the ports over the embedded server's database have read back for listings. */
    /** Where the {@code mongo:8} container listens, started on first use. */
    static String mongodConnectionString() {
        return CONTAINER.connectionString();
    }

    static long embeddedReads() {
        return EMBEDDED.site.documentsRead().get();
    }

    static long mongodReads() {
        return CONTAINER.site.documentsRead().get();
    }

    static long configuredReads() {
        return CONFIGURED.site.documentsRead().get();
    }

    /** For {@code @EnabledIf}: whether Testcontainers finds a Docker engine. */
    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    /** Empties every collection of {@code mongo}'s database, keeping its indexes. */
    static void empty(MongoTemplate mongo) {
        for (Class<?> document : MongoIndexes.DOCUMENTS) {
            mongo.remove(new Query(), document);
        }
    }

    /** A server connected to on first use, for the rest of the run. */
    private static final class Lazy {
        private final Supplier<Started> start;
        private MongoTemplate mongo;
        private MongoSite site;
        private Storage ports;
        private String connectionString;

        Lazy(Supplier<Started> start) {
            this.start = start;
        }

        synchronized String connectionString() {
            emptied();
            return connectionString;
        }

        synchronized Storage emptied() {
            if (mongo == null) {
                Started server = start.get();
                connectionString = server.connectionString();
                mongo = MongoConnection.open(server.connectionString(), DATABASE).mongo();
                site = server.site().apply(mongo);
                ports = MongoStorage.over(site);
            }
            // in a unit: on the embedded server a write outside one would be undone by the next unit that fails
            ports.transactions().inOne(() -> {
                empty(mongo);
                return null;
            });
            return ports;
        }
    }
}

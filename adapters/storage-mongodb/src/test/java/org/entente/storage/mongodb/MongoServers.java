package org.entente.storage.mongodb;

import java.util.function.Supplier;
import org.entente.application.port.out.Receipts;
import org.entente.application.port.out.Revisions;
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

    private static final Lazy EMBEDDED = new Lazy(() -> EmbeddedMongo.inMemory().connectionString());
    private static final Lazy CONTAINER = new Lazy(() -> {
        MongoDBContainer mongod = new MongoDBContainer("mongo:8");
        mongod.start();
        return mongod.getConnectionString();
    });
    private static final Lazy CONFIGURED = new Lazy(() -> System.getenv("MONGODB_URI"));

    private MongoServers() {
    }

    /** Every port of one emptied database, the revision log and the idempotency keys included. */
    record Emptied(Storage storage, Revisions revisions, Receipts receipts) {
    }

    static Emptied emptyEmbedded() {
        return EMBEDDED.emptied();
    }

    static Emptied emptyMongod() {
        return CONTAINER.emptied();
    }

    static Emptied emptyConfigured() {
        return CONFIGURED.emptied();
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
        private final Supplier<String> start;
        private MongoTemplate mongo;
        private Emptied ports;

        Lazy(Supplier<String> start) {
            this.start = start;
        }

        synchronized Emptied emptied() {
            if (mongo == null) {
                mongo = MongoConnection.open(start.get(), DATABASE).mongo();
                ports = new Emptied(MongoStorage.create(mongo), MongoStorage.revisions(mongo), MongoStorage.receipts(mongo));
            }
            empty(mongo);
            return ports;
        }
    }
}

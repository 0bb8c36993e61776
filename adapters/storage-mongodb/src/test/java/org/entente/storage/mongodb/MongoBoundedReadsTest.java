package org.entente.storage.mongodb;

import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.entente.application.port.out.Storage;
import org.entente.storage.contract.BoundedReadsContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

class MongoBoundedReadsTest {
    /** The contract over one of {@link MongoServers}' servers, metered by the documents its ports read back. */
    abstract static class OnAServer extends BoundedReadsContract {
        private final Supplier<Storage> emptied;
        private final LongSupplier documentsRead;

        OnAServer(Supplier<Storage> emptied, LongSupplier documentsRead) {
            this.emptied = emptied;
            this.documentsRead = documentsRead;
        }

        @Override
        protected Storage emptyStorage() {
            return emptied.get();
        }

        @Override
        protected long recordsRead() {
            return documentsRead.getAsLong();
        }
    }

    @Nested
    class OnTheEmbeddedServer extends OnAServer {
        OnTheEmbeddedServer() {
            super(MongoServers::emptyEmbedded, MongoServers::embeddedReads);
        }
    }

    @Nested
    @EnabledIf(value = MongoServers.DOCKER_AVAILABLE, disabledReason = MongoServers.NO_DOCKER)
    class OnMongod8 extends OnAServer {
        OnMongod8() {
            super(MongoServers::emptyMongod, MongoServers::mongodReads);
        }
    }

    @Nested
    @EnabledIfEnvironmentVariable(named = "MONGODB_URI", matches = ".+", disabledReason = MongoServers.NO_URI)
    class OnTheConfiguredServer extends OnAServer {
        OnTheConfiguredServer() {
            super(MongoServers::emptyConfigured, MongoServers::configuredReads);
        }
    }
}

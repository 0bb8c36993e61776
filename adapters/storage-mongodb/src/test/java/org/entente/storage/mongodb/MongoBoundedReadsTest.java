package org.entente.storage.mongodb;

import org.entente.application.port.out.Storage;
import org.entente.storage.contract.BoundedReadsContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

class MongoBoundedReadsTest {
    @Nested
    class OnTheEmbeddedServer extends BoundedReadsContract {
        @Override
        protected Storage emptyStorage() {
            return MongoServers.emptyEmbedded();
        }

        @Override
        protected long recordsRead() {
            return MongoServers.embeddedReads();
        }
    }

    @Nested
    @EnabledIf(value = MongoServers.DOCKER_AVAILABLE, disabledReason = MongoServers.NO_DOCKER)
    class OnMongod8 extends BoundedReadsContract {
        @Override
        protected Storage emptyStorage() {
            return MongoServers.emptyMongod();
        }

        @Override
        protected long recordsRead() {
            return MongoServers.mongodReads();
        }
    }

    @Nested
    @EnabledIfEnvironmentVariable(named = "MONGODB_URI", matches = ".+", disabledReason = MongoServers.NO_URI)
    class OnTheConfiguredServer extends BoundedReadsContract {
        @Override
        protected Storage emptyStorage() {
            return MongoServers.emptyConfigured();
        }

        @Override
        protected long recordsRead() {
            return MongoServers.configuredReads();
        }
    }
}

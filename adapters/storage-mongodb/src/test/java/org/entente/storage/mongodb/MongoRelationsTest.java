package org.entente.storage.mongodb;

import org.entente.application.port.out.Storage;
import org.entente.storage.contract.RelationsContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

class MongoRelationsTest {
    @Nested
    class OnTheEmbeddedServer extends RelationsContract {
        @Override
        protected Storage emptyStorage() {
            return MongoServers.emptyEmbedded();
        }
    }

    @Nested
    @EnabledIf(value = MongoServers.DOCKER_AVAILABLE, disabledReason = MongoServers.NO_DOCKER)
    class OnMongod8 extends RelationsContract {
        @Override
        protected Storage emptyStorage() {
            return MongoServers.emptyMongod();
        }
    }

    @Nested
    @EnabledIfEnvironmentVariable(named = "MONGODB_URI", matches = ".+", disabledReason = MongoServers.NO_URI)
    class OnTheConfiguredServer extends RelationsContract {
        @Override
        protected Storage emptyStorage() {
            return MongoServers.emptyConfigured();
        }
    }
}

package org.entente.storage.mongodb;

import org.entente.application.port.out.Storage;
import org.entente.storage.contract.RevisionsContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

class MongoRevisionsTest {
    @Nested
    class OnTheEmbeddedServer extends RevisionsContract {
        @Override
        protected Storage emptyStorage() {
            return MongoServers.emptyEmbedded();
        }
    }

    @Nested
    @EnabledIf(value = MongoServers.DOCKER_AVAILABLE, disabledReason = MongoServers.NO_DOCKER)
    class OnMongod8 extends RevisionsContract {
        @Override
        protected Storage emptyStorage() {
            return MongoServers.emptyMongod();
        }
    }

    @Nested
    @EnabledIfEnvironmentVariable(named = "MONGODB_URI", matches = ".+", disabledReason = MongoServers.NO_URI)
    class OnTheConfiguredServer extends RevisionsContract {
        @Override
        protected Storage emptyStorage() {
            return MongoServers.emptyConfigured();
        }
    }
}

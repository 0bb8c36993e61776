package org.entente.storage.mongodb;

import org.entente.application.port.out.Revisions;
import org.entente.storage.contract.RevisionsContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

class MongoRevisionsTest {
    @Nested
    class OnTheEmbeddedServer extends RevisionsContract {
        @Override
        protected Revisions emptyRevisions() {
            return MongoServers.emptyEmbedded().revisions();
        }
    }

    @Nested
    @EnabledIf(value = MongoServers.DOCKER_AVAILABLE, disabledReason = MongoServers.NO_DOCKER)
    class OnMongod8 extends RevisionsContract {
        @Override
        protected Revisions emptyRevisions() {
            return MongoServers.emptyMongod().revisions();
        }
    }

    @Nested
    @EnabledIfEnvironmentVariable(named = "MONGODB_URI", matches = ".+", disabledReason = MongoServers.NO_URI)
    class OnTheConfiguredServer extends RevisionsContract {
        @Override
        protected Revisions emptyRevisions() {
            return MongoServers.emptyConfigured().revisions();
        }
    }
}

package org.entente.storage.mongodb;

import org.entente.application.port.out.Storage;
import org.entente.storage.contract.MeetingsContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

class MongoMeetingsTest {
    @Nested
    class OnTheEmbeddedServer extends MeetingsContract {
        @Override
        protected Storage emptyStorage() {
            return MongoServers.emptyEmbedded();
        }
    }

    @Nested
    @EnabledIf(value = MongoServers.DOCKER_AVAILABLE, disabledReason = MongoServers.NO_DOCKER)
    class OnMongod8 extends MeetingsContract {
        @Override
        protected Storage emptyStorage() {
            return MongoServers.emptyMongod();
        }
    }

    @Nested
    @EnabledIfEnvironmentVariable(named = "MONGODB_URI", matches = ".+", disabledReason = MongoServers.NO_URI)
    class OnTheConfiguredServer extends MeetingsContract {
        @Override
        protected Storage emptyStorage() {
            return MongoServers.emptyConfigured();
        }
    }
}

package org.entente.storage.mongodb;

import org.entente.application.port.out.Receipts;
import org.entente.storage.contract.ReceiptsContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

class MongoReceiptsTest {
    @Nested
    class OnTheEmbeddedServer extends ReceiptsContract {
        @Override
        protected Receipts emptyReceipts() {
            return MongoServers.emptyEmbedded().receipts();
        }
    }

    @Nested
    @EnabledIf(value = MongoServers.DOCKER_AVAILABLE, disabledReason = MongoServers.NO_DOCKER)
    class OnMongod8 extends ReceiptsContract {
        @Override
        protected Receipts emptyReceipts() {
            return MongoServers.emptyMongod().receipts();
        }
    }

    @Nested
    @EnabledIfEnvironmentVariable(named = "MONGODB_URI", matches = ".+", disabledReason = MongoServers.NO_URI)
    class OnTheConfiguredServer extends ReceiptsContract {
        @Override
        protected Receipts emptyReceipts() {
            return MongoServers.emptyConfigured().receipts();
        }
    }
}

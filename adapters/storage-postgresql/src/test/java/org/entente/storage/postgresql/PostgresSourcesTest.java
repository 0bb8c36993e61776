package org.entente.storage.postgresql;

import org.entente.application.port.out.Storage;
import org.entente.storage.contract.SourcesContract;

class PostgresSourcesTest extends SourcesContract {
    @Override
    protected Storage emptyStorage() {
        return ContractDatabase.emptied();
    }
}

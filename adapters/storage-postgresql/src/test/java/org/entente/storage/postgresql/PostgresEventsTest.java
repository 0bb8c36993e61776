package org.entente.storage.postgresql;

import org.entente.application.port.out.Storage;
import org.entente.storage.contract.EventsContract;

class PostgresEventsTest extends EventsContract {
    @Override
    protected Storage emptyStorage() {
        return ContractDatabase.emptied();
    }
}

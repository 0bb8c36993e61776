package org.entente.storage.postgresql;

import org.entente.application.port.out.Storage;
import org.entente.storage.contract.InstrumentsContract;

class PostgresInstrumentsTest extends InstrumentsContract {
    @Override
    protected Storage emptyStorage() {
        return ContractDatabase.emptied();
    }
}

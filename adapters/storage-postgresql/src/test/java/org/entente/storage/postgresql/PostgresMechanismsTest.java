package org.entente.storage.postgresql;

import org.entente.application.port.out.Storage;
import org.entente.storage.contract.MechanismsContract;

class PostgresMechanismsTest extends MechanismsContract {
    @Override
    protected Storage emptyStorage() {
        return ContractDatabase.emptied();
    }
}

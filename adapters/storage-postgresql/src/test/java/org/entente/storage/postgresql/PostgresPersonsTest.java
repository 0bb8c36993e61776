package org.entente.storage.postgresql;

import org.entente.application.port.out.Storage;
import org.entente.storage.contract.PersonsContract;

class PostgresPersonsTest extends PersonsContract {
    @Override
    protected Storage emptyStorage() {
        return ContractDatabase.emptied();
    }
}

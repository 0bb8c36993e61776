package org.entente.storage.postgresql;

import org.entente.application.port.out.Storage;
import org.entente.storage.contract.TransactionsContract;

class PostgresTransactionsTest extends TransactionsContract {
    @Override
    protected Storage emptyStorage() {
        return ContractDatabase.emptied();
    }
}

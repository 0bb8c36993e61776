package org.entente.storage.memory;

import org.entente.application.port.out.Storage;
import org.entente.storage.contract.TransactionsContract;

class InMemoryTransactionsTest extends TransactionsContract {
    @Override
    protected Storage emptyStorage() {
        return InMemoryStorage.empty();
    }
}

package org.entente.storage.memory;

import org.entente.application.port.out.Storage;
import org.entente.storage.contract.RevisionsContract;

class InMemoryRevisionsTest extends RevisionsContract {
    @Override
    protected Storage emptyStorage() {
        return InMemoryStorage.empty();
    }
}

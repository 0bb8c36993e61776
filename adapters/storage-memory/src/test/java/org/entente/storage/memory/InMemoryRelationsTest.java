package org.entente.storage.memory;

import org.entente.application.port.out.Storage;
import org.entente.storage.contract.RelationsContract;

class InMemoryRelationsTest extends RelationsContract {
    @Override
    protected Storage emptyStorage() {
        return InMemoryStorage.empty();
    }
}

package org.entente.storage.memory;

import org.entente.application.port.out.Storage;
import org.entente.storage.contract.VisitsContract;

class InMemoryVisitsTest extends VisitsContract {
    @Override
    protected Storage emptyStorage() {
        return InMemoryStorage.empty();
    }
}

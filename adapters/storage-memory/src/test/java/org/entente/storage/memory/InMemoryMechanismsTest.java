package org.entente.storage.memory;

import org.entente.application.port.out.Storage;
import org.entente.storage.contract.MechanismsContract;

class InMemoryMechanismsTest extends MechanismsContract {
    @Override
    protected Storage emptyStorage() {
        return InMemoryStorage.empty();
    }
}

package org.entente.storage.memory;

import org.entente.application.port.out.Storage;
import org.entente.storage.contract.InstrumentsContract;

class InMemoryInstrumentsTest extends InstrumentsContract {
    @Override
    protected Storage emptyStorage() {
        return InMemoryStorage.empty();
    }
}

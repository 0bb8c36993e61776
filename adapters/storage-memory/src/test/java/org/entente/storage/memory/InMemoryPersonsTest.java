package org.entente.storage.memory;

import org.entente.application.port.out.Storage;
import org.entente.storage.contract.PersonsContract;

class InMemoryPersonsTest extends PersonsContract {
    @Override
    protected Storage emptyStorage() {
        return InMemoryStorage.empty();
    }
}

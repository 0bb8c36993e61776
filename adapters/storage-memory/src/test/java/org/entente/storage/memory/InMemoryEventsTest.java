package org.entente.storage.memory;

import org.entente.application.port.out.Storage;
import org.entente.storage.contract.EventsContract;

class InMemoryEventsTest extends EventsContract {
    @Override
    protected Storage emptyStorage() {
        return InMemoryStorage.empty();
    }
}

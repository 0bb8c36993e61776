package org.entente.storage.memory;

import org.entente.application.port.out.Storage;
import org.entente.storage.contract.SourcesContract;

class InMemorySourcesTest extends SourcesContract {
    @Override
    protected Storage emptyStorage() {
        return InMemoryStorage.empty();
    }
}

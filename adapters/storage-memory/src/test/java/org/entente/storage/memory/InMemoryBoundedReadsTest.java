package org.entente.storage.memory;

import org.entente.application.port.out.Storage;
import org.entente.storage.contract.BoundedReadsContract;

class InMemoryBoundedReadsTest extends BoundedReadsContract {
    @Override
    protected Storage emptyStorage() {
        return InMemoryStorage.empty();
    }

    @Override
    protected long recordsRead() {
        return InMemoryStorage.visited(storage);
    }
}

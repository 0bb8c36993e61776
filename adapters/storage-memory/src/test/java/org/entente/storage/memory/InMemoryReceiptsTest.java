package org.entente.storage.memory;

import org.entente.application.port.out.Storage;
import org.entente.storage.contract.ReceiptsContract;

class InMemoryReceiptsTest extends ReceiptsContract {
    @Override
    protected Storage emptyStorage() {
        return InMemoryStorage.empty();
    }
}

package org.entente.storage.memory;

import org.entente.application.port.out.Storage;
import org.entente.storage.contract.InvitationsContract;

class InMemoryInvitationsTest extends InvitationsContract {
    @Override
    protected Storage emptyStorage() {
        return InMemoryStorage.empty();
    }
}

package org.entente.storage.contract;

import org.entente.application.fake.FakeStorage;
import org.entente.application.port.out.Storage;

class FakeInvitationsTest extends InvitationsContract {
    @Override
    protected Storage emptyStorage() {
        return FakeStorage.create();
    }
}

package org.entente.storage.contract;

import org.entente.application.fake.FakeStorage;
import org.entente.application.port.out.Storage;

class FakeMechanismsTest extends MechanismsContract {
    @Override
    protected Storage emptyStorage() {
        return FakeStorage.create();
    }
}

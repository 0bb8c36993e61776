package org.entente.storage.contract;

import org.entente.application.fake.FakeStorage;
import org.entente.application.port.out.Storage;

class FakeOrganizationsTest extends OrganizationsContract {
    @Override
    protected Storage emptyStorage() {
        return FakeStorage.create();
    }
}

package org.entente.storage.memory;

import org.entente.application.port.out.Storage;
import org.entente.storage.contract.OrganizationsContract;

class InMemoryOrganizationsTest extends OrganizationsContract {
    @Override
    protected Storage emptyStorage() {
        return InMemoryStorage.empty();
    }
}

package org.entente.storage.memory;

import org.entente.application.port.out.Storage;
import org.entente.storage.contract.MeetingsContract;

class InMemoryMeetingsTest extends MeetingsContract {
    @Override
    protected Storage emptyStorage() {
        return InMemoryStorage.empty();
    }
}

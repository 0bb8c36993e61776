package org.entente.storage.memory;

import org.entente.application.port.out.Revisions;
import org.entente.storage.contract.RevisionsContract;

class InMemoryRevisionsTest extends RevisionsContract {
    @Override
    protected Revisions emptyRevisions() {
        return InMemoryStorage.emptyRevisions();
    }
}

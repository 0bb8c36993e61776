package org.entente.storage.postgresql;

import org.entente.application.port.out.Storage;
import org.entente.storage.contract.BoundedReadsContract;

class PostgresBoundedReadsTest extends BoundedReadsContract {
    @Override
    protected Storage emptyStorage() {
        return ContractDatabase.emptied();
    }

    @Override
    protected long recordsRead() {
        return ContractDatabase.recordsRead();
    }
}

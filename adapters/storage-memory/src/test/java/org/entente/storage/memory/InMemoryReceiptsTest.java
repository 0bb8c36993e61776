package org.entente.storage.memory;

import org.entente.application.port.out.Receipts;
import org.entente.storage.contract.ReceiptsContract;

class InMemoryReceiptsTest extends ReceiptsContract {
    @Override
    protected Receipts emptyReceipts() {
        return InMemoryStorage.emptyReceipts();
    }
}

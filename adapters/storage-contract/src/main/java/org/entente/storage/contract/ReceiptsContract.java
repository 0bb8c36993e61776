package org.entente.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.entente.application.port.out.Receipts;
import org.entente.application.receipt.Receipt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Receipts}, the idempotency keys: of concurrent claims of one key exactly one wins, and a
 * claim settles with the id of its result. That a claim made in a unit that fails is gone with it is
 * {@link TransactionsContract}'s.
 */
public abstract class ReceiptsContract extends StorageContract {
    /** The receipts under test, out of {@link #storage}: none held at the start of every test. */
    protected Receipts receipts;

    @BeforeEach
    final void openEmptyReceipts() {
        receipts = storage.receipts();
    }

    @Test
    public void theFirstClaimOfAKeyWinsAndLaterOnesSeeIt() {
        Receipt first = Receipt.claim("key-1", "recordMeeting", "f1");
        assertThat(receipts.claim(first)).isEmpty();
        assertThat(receipts.claim(Receipt.claim("key-1", "registerSource", "f2"))).contains(first);
        assertThat(receipts.find("key-1")).contains(first);
        assertThat(receipts.find("key-2")).isEmpty();
    }

    @Test
    public void aClaimSettlesWithItsResultAndStaysSettled() {
        receipts.claim(Receipt.claim("key-1", "recordMeeting", "f1"));
        receipts.settle("key-1", "jp-vn-2024-12-talks");

        Receipt settled = new Receipt("key-1", "recordMeeting", "f1", "jp-vn-2024-12-talks");
        assertThat(receipts.find("key-1")).contains(settled);
        assertThat(receipts.claim(Receipt.claim("key-1", "recordMeeting", "f1"))).contains(settled);
    }

    @Test
    public void ofConcurrentClaimsOfOneKeyExactlyOneWins() throws InterruptedException {
        List<Callable<Optional<Receipt>>> claims = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            Receipt claim = Receipt.claim("contended", "recordMeeting", "fingerprint " + c);
            claims.add(() -> receipts.claim(claim));
        }

        List<Race.Outcome<Optional<Receipt>>> outcomes = Race.run(claims);

        assertThat(outcomes).allMatch(Race.Outcome::won);
        assertThat(outcomes).filteredOn(o -> o.value().isEmpty()).hasSize(1);
        Receipt held = receipts.find("contended").orElseThrow();
        assertThat(outcomes).filteredOn(o -> o.value().isPresent()).allMatch(o -> o.value().get().equals(held));
    }
}

package org.entente.application.port.out;

import java.util.Optional;
import org.entente.application.receipt.Receipt;

/**
 * The idempotency keys clients gave, each remembered with the request it was used for and what that produced.
 * A claim is atomic: of any number of concurrent claims of one key, exactly one succeeds. The use cases claim, do
 * the work and settle in one {@link Transactions unit}, so a request that fails, or a crash before the unit ends,
 * leaves the key unclaimed and free for the same request again.
 */
public interface Receipts {
    /**
     * Claims {@code claim.key()}: empty when this call claimed it (the caller now carries the request out), else
     * the receipt already held under the key, settled or not. Nothing is changed when the key was held.
     */
    Optional<Receipt> claim(Receipt claim);

    /** Records the id of the record the request of a claimed key produced. */
    void settle(String key, String resultId);

    Optional<Receipt> find(String key);
}

package org.entente.application.receipt;

import java.util.Objects;

/**
 * What an idempotency key was used for: the operation, the fingerprint of the request, and the id of the record
 * the request created or changed. {@code resultId} is absent while the request is being carried out.
 */
public record Receipt(String key, String operation, String fingerprint, String resultId) {
    public Receipt {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** A claim on {@code key} for a request not yet carried out. */
    public static Receipt claim(String key, String operation, String fingerprint) {
        return new Receipt(key, operation, fingerprint, null);
    }

    public boolean settled() {
        return resultId != null;
    }

    /** Whether a request with this operation and fingerprint is the one this receipt is for. */
    public boolean isFor(String otherOperation, String otherFingerprint) {
        return operation.equals(otherOperation) && fingerprint.equals(otherFingerprint);
    }
}

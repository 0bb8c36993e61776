package org.entente.domain.common;

/**
 * A writer tried to save an aggregate from a version that is no longer the stored one; {@link #kind()} and
 * {@link #id()} say which, for callers that point at the reference.
 */
public final class StaleVersionException extends RecordRefusal {
    /** {@code aggregate} is the kind's word, in lower case: {@code person}, {@code meeting}. */
    public StaleVersionException(String aggregate, String id, long expectedVersion) {
        super("STALE_VERSION", aggregate + " " + id + " is no longer at version " + expectedVersion
                + "; reload it and apply the change again", RecordKind.withWord(aggregate), id);
    }
}

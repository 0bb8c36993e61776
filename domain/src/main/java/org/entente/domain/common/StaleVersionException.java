package org.entente.domain.common;

/** A writer tried to save an aggregate from a version that is no longer the stored one. */
public final class StaleVersionException extends DomainException {
    public StaleVersionException(String aggregate, String id, long expectedVersion) {
        super("STALE_VERSION", aggregate + " " + id + " is no longer at version " + expectedVersion
                + "; reload it and apply the change again");
    }
}

package org.entente.domain.common;

/**
 * A writer tried to save an aggregate from a version that is no longer the stored one; {@link #aggregate()} and
 * {@link #id()} say which, for callers that point at the reference.
 */
public final class StaleVersionException extends DomainException {
    private final String aggregate;
    private final String id;

    public StaleVersionException(String aggregate, String id, long expectedVersion) {
        super("STALE_VERSION", aggregate + " " + id + " is no longer at version " + expectedVersion
                + "; reload it and apply the change again");
        this.aggregate = aggregate;
        this.id = id;
    }

    /** The kind of aggregate, in lower case: {@code person}, {@code meeting}. */
    public String aggregate() {
        return aggregate;
    }

    /** The id of the aggregate that changed meanwhile. */
    public String id() {
        return id;
    }
}

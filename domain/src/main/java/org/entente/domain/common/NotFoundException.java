package org.entente.domain.common;

/** A referenced aggregate does not exist; {@link #aggregate()} and {@link #id()} say which, for callers that point at the reference. */
public final class NotFoundException extends DomainException {
    private final String aggregate;
    private final String id;

    public NotFoundException(String aggregate, String id) {
        super("NOT_FOUND", aggregate + " " + id + " does not exist");
        this.aggregate = aggregate;
        this.id = id;
    }

    /** The kind of aggregate looked for, in lower case: {@code person}, {@code meeting}, {@code source}. */
    public String aggregate() {
        return aggregate;
    }

    /** The id that names nothing. */
    public String id() {
        return id;
    }
}

package org.entente.domain.common;

/** A referenced aggregate does not exist; {@link #kind()} and {@link #id()} say which, for callers that point at the reference. */
public final class NotFoundException extends DomainException {
    private final RecordKind kind;
    private final String id;

    public NotFoundException(RecordKind kind, String id) {
        super("NOT_FOUND", kind.word() + " " + id + " does not exist");
        this.kind = kind;
        this.id = id;
    }

    /** The kind of aggregate looked for. */
    public RecordKind kind() {
        return kind;
    }

    /** The id that names nothing. */
    public String id() {
        return id;
    }
}

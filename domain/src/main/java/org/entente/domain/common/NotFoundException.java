package org.entente.domain.common;

/** A referenced aggregate does not exist; {@link #kind()} and {@link #id()} say which, for callers that point at the reference. */
public final class NotFoundException extends RecordRefusal {
    public NotFoundException(RecordKind kind, String id) {
        super("NOT_FOUND", kind.word() + " " + id + " does not exist", kind, id);
    }
}

package org.entente.domain.common;

/** A referenced aggregate does not exist. */
public final class NotFoundException extends DomainException {
    public NotFoundException(String aggregate, String id) {
        super("NOT_FOUND", aggregate + " " + id + " does not exist");
    }
}

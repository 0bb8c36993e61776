package org.entente.domain.common;

/** A second aggregate claimed a natural key that must be unique (a country pair, a session number). */
public final class DuplicateKeyException extends DomainException {
    public DuplicateKeyException(String rule, String message) {
        super(rule, message);
    }
}

package org.entente.domain.common;

/** A rule of the model was broken; {@link #rule()} names it so that callers can report it precisely. */
public class DomainException extends RuntimeException {
    private final String rule;

    public DomainException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** A short, stable, upper-case name of the rule broken, such as {@code LEVEL_PERIODS_OVERLAP}. */
    public String rule() {
        return rule;
    }
}

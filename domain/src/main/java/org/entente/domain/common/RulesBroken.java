package org.entente.domain.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Several rules broken by one input, each kept with its own rule and record, so that a caller can report every
 * one of them at once; {@link #rule()} is the first one's.
 */
public final class RulesBroken extends DomainException {
    private final List<DomainException> broken;

    RulesBroken(List<DomainException> broken) {
        super(broken.get(0).rule(), broken.stream().map(DomainException::getMessage).collect(Collectors.joining("; ")));
        this.broken = List.copyOf(broken);
    }

    /** Every rule broken, in the order they were found. */
    public List<DomainException> broken() {
        return broken;
    }
}

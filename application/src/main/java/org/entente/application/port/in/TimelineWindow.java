package org.entente.application.port.in;

import java.util.Objects;
import org.entente.domain.common.DomainException;
import org.entente.domain.common.PartialDate;
import org.entente.domain.relation.RelationId;

/** A relation's timeline between two dates, inclusive; either may be open. */
public record TimelineWindow(RelationId relation, PartialDate from, PartialDate to) {
    public TimelineWindow {
        Objects.requireNonNull(relation, "relation");
        if (from != null && to != null && to.last().isBefore(from.first())) {
            throw new DomainException("DATE_RANGE_INVALID", "'to' (" + to + ") is before 'from' (" + from + ")");
        }
    }

    /** Whether a happening on {@code date} falls in the window: its span of days overlaps the window's. */
    public boolean admits(PartialDate date) {
        return (from == null || !date.last().isBefore(from.first())) && (to == null || !date.first().isAfter(to.last()));
    }
}

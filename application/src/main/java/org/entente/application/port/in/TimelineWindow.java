package org.entente.application.port.in;

import java.util.Objects;
import org.entente.application.criteria.DateBounds;
import org.entente.domain.common.PartialDate;
import org.entente.domain.relation.RelationId;

/** A relation's timeline between two dates, inclusive; either may be open. */
public record TimelineWindow(RelationId relation, PartialDate from, PartialDate to) {
    public TimelineWindow {
        Objects.requireNonNull(relation, "relation");
        DateBounds.check(from, to);
    }

    /** Whether a happening on {@code date} falls in the window: its span of days overlaps the window's. */
    public boolean admits(PartialDate date) {
        return DateBounds.admit(from, to, date);
    }
}

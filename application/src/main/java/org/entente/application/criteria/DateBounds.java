package org.entente.application.criteria;

import org.entente.domain.common.DomainException;
import org.entente.domain.common.PartialDate;

/** The inclusive bounds {@code from} and {@code to} that criteria and timelines put on a date; either may be open. */
public final class DateBounds {
    private DateBounds() {
    }

    /** Refuses bounds whose {@code to} ends before {@code from} begins, as DATE_RANGE_INVALID. */
    public static void check(PartialDate from, PartialDate to) {
        if (from != null && to != null && to.last().isBefore(from.first())) {
            throw new DomainException("DATE_RANGE_INVALID", "'to' (" + to + ") is before 'from' (" + from + ")");
        }
    }

    /** Whether the span of days of {@code date} overlaps the bounds. */
    public static boolean admit(PartialDate from, PartialDate to, PartialDate date) {
        return (from == null || !date.last().isBefore(from.first()))
                && (to == null || !date.first().isAfter(to.last()));
    }
}

package org.entente.storage.postgresql;

import org.entente.domain.common.PartialDate;

/**
 * Bounds on the sort key of a listing ordered by a partial date, for a date window the date's span of days must
 * overlap: they select nothing the window would not, and let the listing's index start and stop near the window.
 */
final class DateWindows {
    private DateWindows() {
    }

    /**
     * A date that may mean a day from {@code from} on is of {@code from}'s year or later, so its sort key is no
     * earlier than {@code YYYY-00-00}. (Not for meetings, whose end date may reach the window from years before.)
     */
    static void startsInOrAfterTheYearOf(Sql sql, PartialDate from) {
        if (from != null) {
            sql.add(" AND sort_key >= ").text(PartialDate.ofYear(from.first().getYear()).sortKey());
        }
    }

    /** A date whose first day is no later than {@code to}'s last has a sort key no later than that day's. */
    static void startsBy(Sql sql, PartialDate to) {
        if (to != null) {
            sql.add(" AND sort_key <= ").text(PartialDate.of(to.last()).sortKey());
        }
    }
}

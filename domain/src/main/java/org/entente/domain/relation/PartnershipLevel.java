package org.entente.domain.relation;

import java.util.List;
import org.entente.domain.common.PartialDate;
import org.entente.domain.common.Require;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.source.Evidence;

/**
 * One period of a relation at one level, such as "Comprehensive Strategic Partnership for Peace and Prosperity
 * in Asia and the World" since 2023-11-27. {@code until} is absent for the level in force; {@code announcedAt}
 * is the meeting that announced the elevation, where known.
 */
public record PartnershipLevel(String name, PartialDate since, PartialDate until, MeetingId announcedAt,
                               List<Evidence> evidence) {
    public PartnershipLevel {
        name = Require.text(name, "level name");
        Require.present(since, "level since");
        if (until != null) {
            Require.that(since.isBefore(until), "LEVEL_PERIOD_EMPTY",
                    "level '" + name + "' ends (" + until + ") no later than it starts (" + since + ")");
        }
        evidence = Require.list(evidence, "level evidence");
    }

    public boolean inForceOn(PartialDate date) {
        return !date.isBefore(since) && (until == null || date.isBefore(until));
    }

    PartnershipLevel endingOn(PartialDate end) {
        return new PartnershipLevel(name, since, end, announcedAt, evidence);
    }
}

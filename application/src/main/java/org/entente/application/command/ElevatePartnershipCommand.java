package org.entente.application.command;

import java.util.List;
import org.entente.domain.common.PartialDate;
import org.entente.domain.common.Require;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.relation.RelationId;

/** Raise a relation to a new level from a date, as announced at a meeting. */
public record ElevatePartnershipCommand(RelationId relation, long expectedVersion, String level, PartialDate since,
                                        MeetingId announcedAt, List<Citing> evidence) {
    public ElevatePartnershipCommand {
        Require.present(relation, "relation");
        level = Require.text(level, "level");
        Require.present(since, "since");
        evidence = Citing.required(evidence, "an elevation needs evidence");
    }
}

package org.entente.application.command;

import java.util.List;
import org.entente.domain.common.PartialDate;
import org.entente.domain.common.Require;
import org.entente.domain.geo.Country;
import org.entente.domain.mechanism.MechanismSession;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.meeting.MeetingKind;
import org.entente.domain.meeting.MeetingStatus;
import org.entente.domain.relation.RelationId;
import org.entente.domain.visit.VisitId;

/** A meeting to record, with its attendances. */
public record RecordMeetingCommand(MeetingId id, RelationId relation, String title, MeetingKind kind,
                                   MeetingStatus status, PartialDate startDate, PartialDate endDate, String city,
                                   Country country, MechanismSession session, VisitId visit, List<String> areas,
                                   List<String> outcomes, List<AttendanceInput> attendances, List<Citing> evidence) {
    public RecordMeetingCommand {
        Require.present(id, "id");
        Require.present(relation, "relation");
        attendances = Require.list(attendances, "attendances");
        evidence = Citing.required(evidence, "a meeting needs evidence");
    }
}

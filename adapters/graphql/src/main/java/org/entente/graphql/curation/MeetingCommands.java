package org.entente.graphql.curation;

import static org.entente.graphql.curation.InputTrail.at;
import static org.entente.graphql.curation.InputTrail.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.application.command.AddAttendanceCommand;
import org.entente.application.command.AttendanceInput;
import org.entente.application.command.RecordCommitmentCommand;
import org.entente.application.command.RecordMeetingCommand;
import org.entente.application.command.RemoveAttendanceCommand;
import org.entente.application.command.UpdateMeetingCommand;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.mechanism.MechanismSession;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.person.PersonId;
import org.entente.domain.relation.RelationId;
import org.entente.domain.visit.VisitId;
import org.entente.domain.common.RecordKind;
import org.entente.graphql.scalar.DateInput;

/** Reads the meeting mutations' inputs into the core's commands, noting on the trail where each id came from. */
final class MeetingCommands {
    private MeetingCommands() {
    }

    static RecordMeetingCommand record(Inputs.RecordMeetingInput in, InputTrail trail) {
        MeetingId id = InputTrail.read(at("localId"), () -> new MeetingId(in.localId()));
        MechanismId mechanism = trail.id(in.mechanismId(), RecordKind.MECHANISM, MechanismId::new,
                at("mechanismId"));
        MechanismSession session = mechanism == null && in.sessionNumber() == null ? null
                : InputTrail.read(at("sessionNumber"), () -> new MechanismSession(mechanism,
                        in.sessionNumber() == null ? 0 : in.sessionNumber()));
        return new RecordMeetingCommand(id,
                trail.id(in.relationId(), RecordKind.RELATION, RelationId::new, at("relationId")),
                in.title(), in.kind(), in.status(),
                DateInput.read(in.startDate(), "input.startDate"), DateInput.read(in.endDate(), "input.endDate"),
                in.city(), trail.country(in.country(), at("country")), session,
                trail.id(in.visitId(), RecordKind.VISIT, VisitId::new, at("visitId")),
                in.areas(), in.outcomes(), attendances(in.attendances(), trail),
                trail.evidence(in.evidence(), at("evidence")));
    }

    static UpdateMeetingCommand update(Inputs.UpdateMeetingInput in, InputTrail trail) {
        MeetingId id = trail.id(in.id(), RecordKind.MEETING, MeetingId::new, at("id"));
        return new UpdateMeetingCommand(id, in.expectedVersion(), in.title(),
                DateInput.read(in.startDate(), "input.startDate"), DateInput.read(in.endDate(), "input.endDate"),
                in.status());
    }

    static AddAttendanceCommand add(Inputs.AddAttendanceInput in, InputTrail trail) {
        trail.blame("ATTENDANCE_DUPLICATE", at("attendance", "personId"))
                .blame("ATTENDANCE_KEY_DUPLICATE", at("attendance", "key"))
                .blame("ATTENDANCE_ANONYMOUS", at("attendance"))
                .blame("ATTENDANCE_WITHOUT_ROLE", at("attendance", "roles"));
        MeetingId meeting = trail.id(in.meetingId(), RecordKind.MEETING, MeetingId::new, at("meetingId"));
        return new AddAttendanceCommand(meeting, in.expectedVersion(), attendance(in.attendance(), at("attendance"), trail));
    }

    static RemoveAttendanceCommand remove(Inputs.RemoveAttendanceInput in, InputTrail trail) {
        MeetingId meeting = trail.id(in.meetingId(), RecordKind.MEETING, MeetingId::new, at("meetingId"));
        return InputTrail.read(at("attendanceKey"),
                () -> new RemoveAttendanceCommand(meeting, in.expectedVersion(), in.attendanceKey()));
    }

    static RecordCommitmentCommand commit(Inputs.RecordCommitmentInput in, InputTrail trail) {
        MeetingId meeting = trail.id(in.meetingId(), RecordKind.MEETING, MeetingId::new, at("meetingId"));
        return new RecordCommitmentCommand(meeting, in.expectedVersion(), in.key(), in.text(), in.kind(),
                trail.countries(in.sides(), at("sides")), in.areas(), trail.evidence(in.evidence(), at("evidence")));
    }

    private static List<AttendanceInput> attendances(List<Inputs.AttendanceInput> in, InputTrail trail) {
        List<AttendanceInput> attendances = new ArrayList<>();
        if (in != null) {
            for (int i = 0; i < in.size(); i++) {
                attendances.add(attendance(in.get(i), at("attendances", i), trail));
            }
        }
        return attendances;
    }

    private static AttendanceInput attendance(Inputs.AttendanceInput a, List<String> path, InputTrail trail) {
        return new AttendanceInput(a.key(), trail.id(a.personId(), RecordKind.PERSON, PersonId::new, within(path, "personId")),
                a.titleAsReported(), trail.country(a.country(), within(path, "country")),
                a.roles() == null ? Set.of() : Set.copyOf(a.roles()), trail.evidence(a.evidence(), within(path, "evidence")));
    }
}

package org.entente.graphql.curation;

import org.entente.application.port.in.CurateMeetings;
import org.entente.application.port.in.CurateOnce;
import org.entente.domain.meeting.Meeting;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The mutations of meetings: record one, correct it, add and withdraw attendances, record commitments. */
@Controller
public class MeetingCuration {
    private final CurateOnce once;
    private final CurateMeetings meetings;

    public MeetingCuration(CurateOnce once, CurateMeetings meetings) {
        this.once = once;
        this.meetings = meetings;
    }

    @MutationMapping
    public Outcome<Meeting> recordMeeting(@Argument Inputs.RecordMeetingInput input) {
        return Outcome.attempt(trail -> MeetingCommands.record(input, trail),
                c -> once.recordMeeting(input.idempotencyKey(), c));
    }

    @MutationMapping
    public Outcome<Meeting> updateMeeting(@Argument Inputs.UpdateMeetingInput input) {
        return Outcome.attempt(trail -> MeetingCommands.update(input, trail), meetings::updateMeeting);
    }

    @MutationMapping
    public Outcome<Meeting> addAttendance(@Argument Inputs.AddAttendanceInput input) {
        return Outcome.attempt(trail -> MeetingCommands.add(input, trail), meetings::addAttendance);
    }

    @MutationMapping
    public Outcome<Meeting> removeAttendance(@Argument Inputs.RemoveAttendanceInput input) {
        return Outcome.attempt(trail -> MeetingCommands.remove(input, trail), meetings::removeAttendance);
    }

    @MutationMapping
    public Outcome<Meeting> recordCommitment(@Argument Inputs.RecordCommitmentInput input) {
        return Outcome.attempt(trail -> MeetingCommands.commit(input, trail),
                c -> once.recordCommitment(input.idempotencyKey(), c));
    }
}

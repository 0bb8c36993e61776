package org.entente.graphql.curation;

import org.entente.application.port.in.CurateMeetings;
import org.entente.application.port.in.CurateOnce;
import org.entente.graphql.curation.Payloads.MeetingPayload;
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
    public MeetingPayload recordMeeting(@Argument Inputs.RecordMeetingInput input) {
        InputTrail trail = new InputTrail();
        return MeetingPayload.of(Outcome.attempt(trail, () -> MeetingCommands.record(input, trail),
                c -> once.recordMeeting(input.idempotencyKey(), c)));
    }

    @MutationMapping
    public MeetingPayload updateMeeting(@Argument Inputs.UpdateMeetingInput input) {
        InputTrail trail = new InputTrail();
        return MeetingPayload.of(Outcome.attempt(trail, () -> MeetingCommands.update(input, trail),
                meetings::updateMeeting));
    }

    @MutationMapping
    public MeetingPayload addAttendance(@Argument Inputs.AddAttendanceInput input) {
        InputTrail trail = new InputTrail();
        return MeetingPayload.of(Outcome.attempt(trail, () -> MeetingCommands.add(input, trail),
                meetings::addAttendance));
    }

    @MutationMapping
    public MeetingPayload removeAttendance(@Argument Inputs.RemoveAttendanceInput input) {
        InputTrail trail = new InputTrail();
        return MeetingPayload.of(Outcome.attempt(trail, () -> MeetingCommands.remove(input, trail),
                meetings::removeAttendance));
    }

    @MutationMapping
    public MeetingPayload recordCommitment(@Argument Inputs.RecordCommitmentInput input) {
        InputTrail trail = new InputTrail();
        return MeetingPayload.of(Outcome.attempt(trail, () -> MeetingCommands.commit(input, trail),
                c -> once.recordCommitment(input.idempotencyKey(), c)));
    }
}

package org.entente.application.port.in;

import org.entente.application.command.AddAttendanceCommand;
import org.entente.application.command.RecordCommitmentCommand;
import org.entente.application.command.RecordMeetingCommand;
import org.entente.application.command.RemoveAttendanceCommand;
import org.entente.application.command.UpdateMeetingCommand;
import org.entente.domain.meeting.Meeting;

/** Records meetings, who attended them and what the sides took on there. */
public interface CurateMeetings {
    Meeting recordMeeting(RecordMeetingCommand command);

    Meeting updateMeeting(UpdateMeetingCommand command);

    Meeting addAttendance(AddAttendanceCommand command);

    Meeting removeAttendance(RemoveAttendanceCommand command);

    Meeting recordCommitment(RecordCommitmentCommand command);
}

package org.entente.application.command;

import org.entente.domain.common.Require;
import org.entente.domain.meeting.MeetingId;

/** Withdraw an attendance recorded in error from a meeting at {@code expectedVersion}. */
public record RemoveAttendanceCommand(MeetingId meeting, long expectedVersion, String attendanceKey) {
    public RemoveAttendanceCommand {
        Require.present(meeting, "meeting");
        attendanceKey = Require.text(attendanceKey, "attendanceKey");
    }
}

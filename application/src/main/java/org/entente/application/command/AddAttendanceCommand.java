package org.entente.application.command;

import org.entente.domain.common.Require;
import org.entente.domain.meeting.MeetingId;

/** One more attendance at a meeting at {@code expectedVersion}. */
public record AddAttendanceCommand(MeetingId meeting, long expectedVersion, AttendanceInput attendance) {
    public AddAttendanceCommand {
        Require.present(meeting, "meeting");
        Require.present(attendance, "attendance");
    }
}

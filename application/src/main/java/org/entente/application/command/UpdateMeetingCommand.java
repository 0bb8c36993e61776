package org.entente.application.command;

import org.entente.domain.common.PartialDate;
import org.entente.domain.common.Require;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.meeting.MeetingStatus;

/** Corrections to a meeting; absent fields stay as they are. Applies only to {@code expectedVersion}. */
public record UpdateMeetingCommand(MeetingId id, long expectedVersion, String title, PartialDate startDate,
                                   PartialDate endDate, MeetingStatus status) {
    public UpdateMeetingCommand {
        Require.present(id, "id");
        Require.that(expectedVersion >= 1, "EXPECTED_VERSION_INVALID",
                "expectedVersion must be the stored version (1 or more), was " + expectedVersion);
        Require.that(title != null || startDate != null || endDate != null || status != null, "NOTHING_TO_UPDATE",
                "give at least one field to change");
    }
}

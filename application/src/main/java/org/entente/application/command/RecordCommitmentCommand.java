package org.entente.application.command;

import java.util.List;
import org.entente.domain.common.Require;
import org.entente.domain.geo.Country;
import org.entente.domain.meeting.CommitmentKind;
import org.entente.domain.meeting.MeetingId;

/** What the sides took on at a meeting at {@code expectedVersion}. */
public record RecordCommitmentCommand(MeetingId meeting, long expectedVersion, String key, String text,
                                      CommitmentKind kind, List<Country> sides, List<String> areas,
                                      List<Citing> evidence) {
    public RecordCommitmentCommand {
        Require.present(meeting, "meeting");
        evidence = Citing.required(evidence, "a commitment needs evidence");
    }
}

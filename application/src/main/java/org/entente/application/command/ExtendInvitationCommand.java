package org.entente.application.command;

import java.util.List;
import org.entente.domain.common.Require;
import org.entente.domain.invitation.InvitationId;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.person.PersonId;

/** An invitation conveyed at a meeting, possibly by someone other than the inviter. */
public record ExtendInvitationCommand(InvitationId id, PersonId inviter, PersonId invitee, String purpose,
                                      PersonId conveyedBy, MeetingId extendedAt, List<Citing> evidence) {
    public ExtendInvitationCommand {
        Require.present(id, "id");
        Require.present(extendedAt, "extendedAt");
        evidence = Citing.required(evidence, "an invitation needs evidence");
    }
}

package org.entente.application.port.in;

import org.entente.application.command.ExtendInvitationCommand;
import org.entente.application.command.RecordInstrumentCommand;
import org.entente.application.command.UpgradeMechanismCommand;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.mechanism.DialogueMechanism;

/** Records what meetings produce beyond themselves: instruments, invitations, upgraded dialogue mechanisms. */
public interface CurateAgreements {
    Instrument recordInstrument(RecordInstrumentCommand command);

    Invitation extendInvitation(ExtendInvitationCommand command);

    DialogueMechanism upgradeMechanism(UpgradeMechanismCommand command);
}

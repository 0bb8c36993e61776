package org.entente.application.service;

import java.util.List;
import java.util.Objects;
import org.entente.application.command.ExtendInvitationCommand;
import org.entente.application.command.RecordInstrumentCommand;
import org.entente.application.command.UpgradeMechanismCommand;
import org.entente.application.port.in.CurateAgreements;
import org.entente.application.port.out.Storage;
import org.entente.domain.common.NotFoundException;
import org.entente.domain.common.PartialDate;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.person.PersonId;

public final class CurateAgreementsService implements CurateAgreements {
    private final Storage storage;
    private final Evidencing evidencing;
    private final Chronicle chronicle;

    public CurateAgreementsService(Storage storage, Chronicle chronicle) {
        this.chronicle = chronicle;
        this.storage = storage;
        this.evidencing = new Evidencing(storage.sources());
    }

    @Override
    public Instrument recordInstrument(RecordInstrumentCommand c) {
        Meeting meeting = storage.meetings().findById(c.meeting())
                .orElseThrow(() -> new NotFoundException("meeting", c.meeting().value()));
        Instrument instrument = Instrument.concludedAt(meeting, c.id(), c.title(), c.kind(), c.binding(), c.status(),
                c.parties(), c.signatories(), c.witnesses(), c.areas(), evidencing.cite(c.evidence()));
        return chronicle.save(storage.instruments(), null, instrument, "recordInstrument");
    }

    @Override
    public Invitation extendInvitation(ExtendInvitationCommand c) {
        Meeting meeting = storage.meetings().findById(c.extendedAt())
                .orElseThrow(() -> new NotFoundException("meeting", c.extendedAt().value()));
        List<PersonId> named = java.util.stream.Stream.of(c.inviter(), c.invitee(), c.conveyedBy())
                .filter(Objects::nonNull).toList();
        var found = storage.persons().findAllById(named);
        for (PersonId id : named) {
            if (!found.containsKey(id)) {
                throw new NotFoundException("person", id.value());
            }
        }
        if (c.conveyedBy() != null) {
            meeting.requireAttended(List.of(c.conveyedBy()), "CONVEYER_DID_NOT_ATTEND", "the one who conveyed the invitation");
        }
        return chronicle.save(storage.invitations(), null, Invitation.extended(c.id(), meeting.relation(), c.inviter(),
                c.invitee(), c.purpose(), c.conveyedBy(), meeting.id(), meeting.startDate(), evidencing.cite(c.evidence())),
                "extendInvitation");
    }

    @Override
    public DialogueMechanism upgradeMechanism(UpgradeMechanismCommand c) {
        DialogueMechanism predecessor = load(c.predecessor());
        DialogueMechanism successor = Versions.expect(load(c.successor()), c.expectedVersion(), "mechanism");
        PartialDate lastSession = storage.meetings().findSessionsOf(List.of(predecessor.id())).stream()
                .map(Meeting::lastDate).max(PartialDate::compareTo).orElse(null);
        return chronicle.save(storage.mechanisms(), successor, successor.upgradeOf(predecessor, c.on(), lastSession,
                evidencing.cite(c.evidence())), "upgradeMechanism");
    }

    private DialogueMechanism load(MechanismId id) {
        return storage.mechanisms().findById(id).orElseThrow(() -> new NotFoundException("mechanism", id.value()));
    }
}

package org.entente.application.service;

import org.entente.domain.common.RecordKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.entente.application.command.ExtendInvitationCommand;
import org.entente.application.command.RecordInstrumentCommand;
import org.entente.application.command.UpgradeMechanismCommand;
import org.entente.application.port.in.CurateAgreements;
import org.entente.application.port.out.Storage;
import org.entente.domain.common.Checklist;
import org.entente.domain.common.NotFoundException;
import org.entente.domain.common.PartialDate;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.person.PersonId;
import org.entente.domain.source.Evidence;

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
        Checklist checks = new Checklist();
        Meeting meeting = found(storage.meetings().findById(c.meeting()), RecordKind.MEETING, c.meeting().value(), checks);
        List<Evidence> evidence = evidencing.load(c.evidence()).cite(c.evidence(), checks);
        Instrument instrument = meeting == null ? null : checks.check(() -> Instrument.concludedAt(meeting, c.id(),
                c.title(), c.kind(), c.binding(), c.status(), c.parties(), c.signatories(), c.witnesses(), c.areas(),
                evidence));
        checks.settle();
        return chronicle.save(storage.instruments(), null, instrument, "recordInstrument");
    }

    @Override
    public Invitation extendInvitation(ExtendInvitationCommand c) {
        Checklist checks = new Checklist();
        Meeting meeting = found(storage.meetings().findById(c.extendedAt()), RecordKind.MEETING, c.extendedAt().value(),
                checks);
        List<PersonId> named = Stream.of(c.inviter(), c.invitee(), c.conveyedBy()).filter(Objects::nonNull).toList();
        var persons = storage.persons().findAllById(named);
        named.stream().filter(id -> !persons.containsKey(id)).distinct()
                .forEach(id -> checks.note(new NotFoundException(RecordKind.PERSON, id.value())));
        List<Evidence> evidence = evidencing.load(c.evidence()).cite(c.evidence(), checks);
        Invitation invitation = meeting == null ? null : checks.check(() -> Invitation.extendedAt(meeting, c.id(),
                c.inviter(), c.invitee(), c.purpose(), c.conveyedBy(), evidence));
        checks.settle();
        return chronicle.save(storage.invitations(), null, invitation, "extendInvitation");
    }

    @Override
    public DialogueMechanism upgradeMechanism(UpgradeMechanismCommand c) {
        DialogueMechanism predecessor = load(c.predecessor());
        DialogueMechanism successor = Versions.expect(load(c.successor()), c.expectedVersion());
        PartialDate lastSession = storage.meetings().findSessionsOf(List.of(predecessor.id())).stream()
                .map(Meeting::lastDate).max(PartialDate::compareTo).orElse(null);
        return chronicle.save(storage.mechanisms(), successor, successor.upgradeOf(predecessor, c.on(), lastSession,
                evidencing.cite(c.evidence())), "upgradeMechanism");
    }

    private static <A> A found(Optional<A> record, RecordKind kind, String id, Checklist checks) {
        if (record.isEmpty()) {
            checks.note(new NotFoundException(kind, id));
        }
        return record.orElse(null);
    }

    private DialogueMechanism load(MechanismId id) {
        return storage.mechanisms().findById(id).orElseThrow(() -> new NotFoundException(RecordKind.MECHANISM, id.value()));
    }
}

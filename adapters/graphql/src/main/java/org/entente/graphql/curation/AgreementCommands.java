package org.entente.graphql.curation;

import static org.entente.graphql.curation.InputTrail.at;

import java.util.ArrayList;
import java.util.List;
import org.entente.application.command.ElevatePartnershipCommand;
import org.entente.application.command.ExtendInvitationCommand;
import org.entente.application.command.RecordInstrumentCommand;
import org.entente.application.command.UpgradeMechanismCommand;
import org.entente.domain.instrument.InstrumentId;
import org.entente.domain.instrument.Party;
import org.entente.domain.instrument.Signatory;
import org.entente.domain.invitation.InvitationId;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.organization.OrganizationId;
import org.entente.domain.person.PersonId;
import org.entente.domain.relation.RelationId;
import org.entente.domain.common.RecordKind;
import org.entente.graphql.scalar.DateInput;

/** Reads the inputs of the mutations about what meetings produce (instruments, invitations, levels, upgrades). */
final class AgreementCommands {
    private AgreementCommands() {
    }

    static RecordInstrumentCommand instrument(Inputs.RecordInstrumentInput in, InputTrail trail) {
        InstrumentId id = InputTrail.read(at("localId"), () -> new InstrumentId(in.localId()));
        List<Party> parties = new ArrayList<>();
        for (int i = 0; in.parties() != null && i < in.parties().size(); i++) {
            Inputs.PartyInput p = in.parties().get(i);
            parties.add(new Party(trail.country(p.country(), at("parties", i, "country")),
                    trail.id(p.organizationId(), RecordKind.ORGANIZATION, OrganizationId::new,
                            at("parties", i, "organizationId"))));
        }
        List<Signatory> signatories = new ArrayList<>();
        for (int i = 0; in.signatories() != null && i < in.signatories().size(); i++) {
            Inputs.SignatoryInput s = in.signatories().get(i);
            PersonId person = trail.id(s.personId(), RecordKind.PERSON, PersonId::new, at("signatories", i, "personId"));
            var country = trail.country(s.country(), at("signatories", i, "country"));
            signatories.add(InputTrail.read(at("signatories", i),
                    () -> new Signatory(person, s.titleAsReported(), country)));
        }
        return new RecordInstrumentCommand(id, trail.id(in.meetingId(), RecordKind.MEETING, MeetingId::new, at("meetingId")),
                in.title(), in.kind(), in.binding(), in.status(), parties, signatories,
                trail.ids(in.witnessIds(), RecordKind.PERSON, PersonId::new, at("witnessIds")), in.areas(),
                trail.evidence(in.evidence(), at("evidence")));
    }

    static ExtendInvitationCommand invitation(Inputs.ExtendInvitationInput in, InputTrail trail) {
        InvitationId id = InputTrail.read(at("localId"), () -> new InvitationId(in.localId()));
        return new ExtendInvitationCommand(id,
                trail.id(in.inviterId(), RecordKind.PERSON, PersonId::new, at("inviterId")),
                trail.id(in.inviteeId(), RecordKind.PERSON, PersonId::new, at("inviteeId")), in.purpose(),
                trail.id(in.conveyedById(), RecordKind.PERSON, PersonId::new, at("conveyedById")),
                trail.id(in.extendedAtId(), RecordKind.MEETING, MeetingId::new, at("extendedAtId")),
                trail.evidence(in.evidence(), at("evidence")));
    }

    static ElevatePartnershipCommand elevation(Inputs.ElevatePartnershipInput in, InputTrail trail) {
        return new ElevatePartnershipCommand(
                trail.id(in.relationId(), RecordKind.RELATION, RelationId::new, at("relationId")),
                in.expectedVersion(), in.level(), DateInput.read(in.since(), "input.since"),
                trail.id(in.announcedAtId(), RecordKind.MEETING, MeetingId::new, at("announcedAtId")),
                trail.evidence(in.evidence(), at("evidence")));
    }

    static UpgradeMechanismCommand upgrade(Inputs.UpgradeMechanismInput in, InputTrail trail) {
        return new UpgradeMechanismCommand(
                trail.id(in.predecessorId(), RecordKind.MECHANISM, MechanismId::new, at("predecessorId")),
                trail.id(in.successorId(), RecordKind.MECHANISM, MechanismId::new, at("successorId")),
                in.expectedVersion(), DateInput.read(in.on(), "input.on"), trail.evidence(in.evidence(), at("evidence")));
    }
}

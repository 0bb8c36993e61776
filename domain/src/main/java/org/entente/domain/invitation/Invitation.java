package org.entente.domain.invitation;

import java.util.List;
import org.entente.domain.common.EvidencedAggregate;
import org.entente.domain.common.RecordKind;
import org.entente.domain.common.Reference;
import org.entente.domain.common.InRelation;
import org.entente.domain.common.DomainException;
import org.entente.domain.common.PartialDate;
import org.entente.domain.common.Require;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.person.PersonId;
import org.entente.domain.relation.RelationId;
import org.entente.domain.source.Evidence;

/**
 * An invitation from one person to another to do something (visit, co-chair a session), conveyed at a meeting,
 * perhaps by a third person. {@code fulfilledBy} is the meeting at which it was honoured.
 */
public record Invitation(InvitationId id, RelationId relation, PersonId inviter, PersonId invitee, String purpose,
                         PersonId conveyedBy, MeetingId extendedAt, PartialDate extendedOn, InvitationStatus status,
                         MeetingId fulfilledBy, List<Evidence> evidence, long version)
        implements EvidencedAggregate<InvitationId, Invitation>, InRelation {

    public Invitation {
        Require.present(id, "invitation id");
        Require.present(relation, "invitation relation");
        Require.present(inviter, "inviter");
        Require.present(invitee, "invitee");
        Require.that(!inviter.equals(invitee), "INVITATION_TO_ONESELF", "invitation " + id.value()
                + " has the same person as inviter and invitee");
        purpose = Require.text(purpose, "invitation purpose");
        Require.present(status, "invitation status");
        Require.that((status == InvitationStatus.FULFILLED) == (fulfilledBy != null), "INVITATION_FULFILMENT",
                "an invitation names the meeting that fulfilled it exactly when its status is FULFILLED");
        evidence = Require.list(evidence, "invitation evidence");
        Require.version(version);
    }

    public static Invitation extended(InvitationId id, RelationId relation, PersonId inviter, PersonId invitee,
                                      String purpose, PersonId conveyedBy, MeetingId extendedAt, PartialDate extendedOn,
                                      List<Evidence> evidence) {
        return new Invitation(id, relation, inviter, invitee, purpose, conveyedBy, extendedAt, extendedOn,
                InvitationStatus.EXTENDED, null, evidence, 0);
    }

    /**
     * An invitation extended at {@code meeting}, in its relation and on its first day; refused
     * ({@code CONVEYER_DID_NOT_ATTEND}) when the one who conveyed it did not attend the meeting.
     */
    public static Invitation extendedAt(Meeting meeting, InvitationId id, PersonId inviter, PersonId invitee,
                                        String purpose, PersonId conveyedBy, List<Evidence> evidence) {
        if (conveyedBy != null) {
            meeting.requireAttended(List.of(conveyedBy), "CONVEYER_DID_NOT_ATTEND", "the one who conveyed the invitation");
        }
        return extended(id, meeting.relation(), inviter, invitee, purpose, conveyedBy, meeting.id(),
                meeting.startDate(), evidence);
    }

    public Invitation accept() {
        requireStatus(InvitationStatus.EXTENDED, "accepted");
        return withStatus(InvitationStatus.ACCEPTED, null);
    }

    public Invitation decline() {
        requireStatus(InvitationStatus.EXTENDED, "declined");
        return withStatus(InvitationStatus.DECLINED, null);
    }

    /** Honoured at {@code meeting}; an extended invitation is taken as accepted by being honoured. */
    public Invitation fulfilBy(MeetingId meeting) {
        Require.present(meeting, "fulfilling meeting");
        if (status != InvitationStatus.EXTENDED && status != InvitationStatus.ACCEPTED) {
            throw new DomainException("INVITATION_STATUS", "invitation " + id.value() + " is " + status
                    + " and cannot be fulfilled");
        }
        return withStatus(InvitationStatus.FULFILLED, meeting);
    }

    /**
     * The invitation with {@code merged} replaced by {@code survivor} as inviter, invitee or conveyer; refused
     * ({@code INVITATION_TO_ONESELF}) when the two were inviter and invitee of each other.
     */
    public Invitation reattribute(PersonId merged, PersonId survivor) {
        if (!merged.equals(inviter) && !merged.equals(invitee) && !merged.equals(conveyedBy)) {
            return this;
        }
        return new Invitation(id, relation, swap(inviter, merged, survivor), swap(invitee, merged, survivor), purpose,
                swap(conveyedBy, merged, survivor), extendedAt, extendedOn, status, fulfilledBy, evidence, version);
    }

    private static PersonId swap(PersonId person, PersonId merged, PersonId survivor) {
        return merged.equals(person) ? survivor : person;
    }

    private void requireStatus(InvitationStatus expected, String verb) {
        if (status != expected) {
            throw new DomainException("INVITATION_STATUS", "invitation " + id.value() + " is " + status
                    + " and cannot be " + verb);
        }
    }

    private Invitation withStatus(InvitationStatus next, MeetingId fulfilled) {
        return new Invitation(id, relation, inviter, invitee, purpose, conveyedBy, extendedAt, extendedOn, next,
                fulfilled, evidence, version);
    }

    @Override
    public List<Reference> references() {
        return Reference.all(Reference.to("relation", RecordKind.RELATION, relation),
                Reference.to("inviter", RecordKind.PERSON, inviter), Reference.to("invitee", RecordKind.PERSON, invitee),
                Reference.to("conveyedBy", RecordKind.PERSON, conveyedBy),
                Reference.to("extendedAt", RecordKind.MEETING, extendedAt),
                Reference.to("fulfilledBy", RecordKind.MEETING, fulfilledBy));
    }

    @Override
    public Invitation withVersion(long version) {
        return new Invitation(id, relation, inviter, invitee, purpose, conveyedBy, extendedAt, extendedOn, status,
                fulfilledBy, evidence, version);
    }
}

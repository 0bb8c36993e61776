package org.entente.application.criteria;

import org.entente.domain.common.RecordKind;
import org.entente.application.page.Keyset;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.invitation.InvitationStatus;
import org.entente.domain.person.PersonId;
import org.entente.domain.relation.RelationId;

/**
 * Which invitations to list; absent fields match all. {@code person} is the inviter or the invitee.
 * Ordered by the date extended (undated first), then id.
 */
public record InvitationCriteria(RelationId relation, InvitationStatus status, PersonId person)
        implements Criteria<Invitation> {
    @Override
    public RecordKind recordKind() {
        return RecordKind.INVITATION;
    }

    public static final InvitationCriteria ALL = new InvitationCriteria(null, null, null);

    public static InvitationCriteria ofRelation(RelationId relation) {
        return new InvitationCriteria(relation, null, null);
    }

    public boolean matches(Invitation i) {
        return (relation == null || relation.equals(i.relation()))
                && (status == null || status == i.status())
                && (person == null || person.equals(i.inviter()) || person.equals(i.invitee()));
    }

    public static Keyset keyOf(Invitation i) {
        return new Keyset(i.extendedOn() == null ? "" : i.extendedOn().sortKey(), i.id().value());
    }
}

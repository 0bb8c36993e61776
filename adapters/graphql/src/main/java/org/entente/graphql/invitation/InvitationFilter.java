package org.entente.graphql.invitation;

import org.entente.application.criteria.InvitationCriteria;
import org.entente.domain.invitation.InvitationStatus;
import org.entente.domain.person.PersonId;
import org.entente.domain.relation.RelationId;
import org.entente.graphql.node.GlobalId;
import org.entente.domain.common.RecordKind;

/** The {@code InvitationFilter} input as a client wrote it. */
public record InvitationFilter(InvitationStatus status, String personId) {
    public static InvitationCriteria criteria(InvitationFilter filter, RelationId relation) {
        if (filter == null) {
            return InvitationCriteria.ofRelation(relation);
        }
        return new InvitationCriteria(relation, filter.status,
                GlobalId.decodeOptional(filter.personId, RecordKind.PERSON, PersonId::new, "filter.personId"));
    }
}

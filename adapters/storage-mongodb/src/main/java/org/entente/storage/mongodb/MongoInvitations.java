package org.entente.storage.mongodb;

import java.util.ArrayList;
import java.util.List;
import org.entente.application.criteria.InvitationCriteria;
import org.entente.application.port.out.Invitations;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.invitation.InvitationId;
import org.springframework.data.mongodb.core.query.Criteria;

/** Invitations in MongoDB, collection {@code invitations}; a person criterion matches the stored inviter and invitee. */
final class MongoInvitations extends MongoListedStore<InvitationId, Invitation, InvitationDocument, InvitationCriteria>
        implements Invitations {
    MongoInvitations(MongoSite site) {
        super(site, InvitationDocument.class, "invitation", RecordsToDocuments.MAPPER::toDocument,
                DocumentsToRecords.MAPPER::toInvitation, null);
    }

    @Override
    Criteria filter(InvitationCriteria criteria) {
        List<Criteria> conditions = new ArrayList<>();
        if (criteria.relation() != null) {
            conditions.add(Criteria.where("relation").is(criteria.relation().value()));
        }
        if (criteria.status() != null) {
            conditions.add(Criteria.where("status").is(criteria.status().name()));
        }
        if (criteria.person() != null) {
            conditions.add(Criteria.where("persons").is(criteria.person().value()));
        }
        return allOf(conditions);
    }
}

package org.entente.storage.mongodb;

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
        return new Conditions()
                .equal("relation", criteria.relation(), relation -> relation.value())
                .equal("status", criteria.status(), status -> status.name())
                .equal("persons", criteria.person(), person -> person.value())
                .all();
    }
}

package org.entente.storage.memory;

import org.entente.application.criteria.InvitationCriteria;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.Invitations;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.invitation.InvitationId;

/** Invitations in memory. */
final class InMemoryInvitations extends InMemoryStore<InvitationId, Invitation> implements Invitations {
    InMemoryInvitations(InMemoryUnits units) {
        super(units, "invitation");
    }

    @Override
    public Page<Invitation> page(InvitationCriteria criteria, PageRequest request) {
        return page(criteria::matches, InvitationCriteria::keyOf, request);
    }

    @Override
    public long count(InvitationCriteria criteria) {
        return countWhere(criteria::matches);
    }
}

package org.entente.application.port.out;

import org.entente.application.criteria.InvitationCriteria;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.invitation.InvitationId;

/** The stored invitations. */
public interface Invitations extends AggregateStore<InvitationId, Invitation> {
    /** A page of the invitations matching, in {@link InvitationCriteria#keyOf} order. */
    Page<Invitation> page(InvitationCriteria criteria, PageRequest request);

    long count(InvitationCriteria criteria);
}

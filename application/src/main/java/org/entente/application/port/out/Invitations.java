package org.entente.application.port.out;

import org.entente.application.criteria.InvitationCriteria;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.invitation.InvitationId;

/** The stored invitations. */
public interface Invitations extends AggregateStore<InvitationId, Invitation>, ListedBy<InvitationCriteria, Invitation> {
}

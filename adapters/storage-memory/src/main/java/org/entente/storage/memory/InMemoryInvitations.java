package org.entente.storage.memory;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.entente.application.criteria.InvitationCriteria;
import org.entente.application.port.out.Invitations;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.invitation.InvitationId;

/** Invitations in memory, in invitation order under their inviter and invitee, and under each relation. */
final class InMemoryInvitations extends InMemoryListedStore<InvitationId, Invitation, InvitationCriteria>
        implements Invitations {
    InMemoryInvitations(InMemoryUnits units) {
        super(units, "invitation", null, new OrderedIndex<>(InvitationCriteria::keyOf, InvitationCriteria::matches,
                List.of(new OrderedIndex.Dimension<>(c -> c.person() == null ? null : c.person().value(),
                                i -> Stream.of(i.inviter(), i.invitee()).filter(Objects::nonNull).map(p -> p.value())
                                        .distinct().toList()),
                        new OrderedIndex.Dimension<>(c -> c.relation() == null ? null : c.relation().value(),
                                i -> List.of(i.relation().value()))),
                null, null, c -> c.status() == null));
    }
}

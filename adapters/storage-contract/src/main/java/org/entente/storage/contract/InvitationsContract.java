package org.entente.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.application.criteria.InvitationCriteria;
import org.entente.application.port.out.Invitations;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.invitation.InvitationId;
import org.entente.domain.invitation.InvitationStatus;
import org.entente.domain.person.PersonId;
import org.junit.jupiter.api.Test;

/** The contract of {@link Invitations}: listings by every criterion in the order of {@link InvitationCriteria#keyOf}. */
public abstract class InvitationsContract extends AggregateStoreContract<InvitationId, Invitation> {

    @Override
    protected final Invitations store() {
        return storage.invitations();
    }

    @Override
    protected final InvitationId id(String value) {
        return new InvitationId(value);
    }

    @Override
    protected final Invitation sample(InvitationId id, int variant) {
        return SampleRecords.invitation(id, variant);
    }

    @Override
    protected final Invitation revised(Invitation i, String revision) {
        return new Invitation(i.id(), i.relation(), i.inviter(), i.invitee(), i.purpose() + " — " + revision,
                i.conveyedBy(), i.extendedAt(), i.extendedOn(), i.status(), i.fulfilledBy(), i.evidence(), i.version());
    }

    @Test
    public void listingsAgreeWithTheCriteria() {
        List<Invitation> all = saveSamples(150);
        List<PersonId> p = SampleRecords.PERSONS;
        List<InvitationCriteria> criteria = List.of(InvitationCriteria.ALL,
                InvitationCriteria.ofRelation(SampleRecords.RELATIONS.get(1)),
                new InvitationCriteria(null, InvitationStatus.EXTENDED, null),
                new InvitationCriteria(null, null, p.get(0)),
                new InvitationCriteria(null, null, p.get(7)),
                new InvitationCriteria(SampleRecords.RELATIONS.get(2), InvitationStatus.FULFILLED, p.get(3)),
                new InvitationCriteria(null, InvitationStatus.DECLINED, p.get(5)));
        Pagination.assertEveryCriteriaAgrees(criteria, all, InvitationCriteria::matches, InvitationCriteria::keyOf,
                store(), 11);
    }
}

package org.entente.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.entente.domain.common.DomainException;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.invitation.InvitationId;
import org.entente.domain.invitation.InvitationStatus;
import org.entente.domain.meeting.MeetingId;
import org.junit.jupiter.api.Test;

class InvitationTest {
    private final Invitation invitation = Invitation.extended(new InvitationId("inv-1"), Samples.RELATION,
            Samples.THUONG, Samples.KISHIDA, "to visit Việt Nam", null, new MeetingId("m1"), null, List.of());

    @Test
    void is_extended_then_accepted_then_fulfilled() {
        Invitation fulfilled = invitation.accept().fulfilBy(new MeetingId("m2"));
        assertThat(fulfilled.status()).isEqualTo(InvitationStatus.FULFILLED);
        assertThat(fulfilled.fulfilledBy()).isEqualTo(new MeetingId("m2"));
    }

    @Test
    void a_declined_invitation_is_not_fulfilled() {
        assertThatThrownBy(() -> invitation.decline().fulfilBy(new MeetingId("m2")))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).rule()).isEqualTo("INVITATION_STATUS"));
    }

    @Test
    void refuses_an_invitation_to_oneself() {
        assertThatThrownBy(() -> Invitation.extended(new InvitationId("inv-2"), Samples.RELATION, Samples.THUONG,
                Samples.THUONG, "to visit", null, null, null, List.of()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).rule()).isEqualTo("INVITATION_TO_ONESELF"));
    }
}

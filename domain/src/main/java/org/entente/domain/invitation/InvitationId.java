package org.entente.domain.invitation;

import org.entente.domain.common.AggregateId;

public record InvitationId(String value) implements AggregateId {
    public InvitationId {
        AggregateId.check(value, "invitation");
    }
}

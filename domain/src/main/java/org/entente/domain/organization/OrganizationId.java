package org.entente.domain.organization;

import org.entente.domain.common.AggregateId;

public record OrganizationId(String value) implements AggregateId {
    public OrganizationId {
        AggregateId.check(value, "organization");
    }
}

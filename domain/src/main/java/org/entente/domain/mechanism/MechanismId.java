package org.entente.domain.mechanism;

import org.entente.domain.common.AggregateId;

public record MechanismId(String value) implements AggregateId {
    public MechanismId {
        AggregateId.check(value, "mechanism");
    }
}

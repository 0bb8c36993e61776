package org.entente.domain.person;

import org.entente.domain.common.AggregateId;

public record PersonId(String value) implements AggregateId {
    public PersonId {
        AggregateId.check(value, "person");
    }
}

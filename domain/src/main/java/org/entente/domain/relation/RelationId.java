package org.entente.domain.relation;

import org.entente.domain.common.AggregateId;

public record RelationId(String value) implements AggregateId {
    public RelationId {
        AggregateId.check(value, "relation");
    }
}

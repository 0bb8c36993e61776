package org.entente.domain.visit;

import org.entente.domain.common.AggregateId;

public record VisitId(String value) implements AggregateId {
    public VisitId {
        AggregateId.check(value, "visit");
    }
}

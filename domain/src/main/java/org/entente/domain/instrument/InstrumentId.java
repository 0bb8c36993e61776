package org.entente.domain.instrument;

import org.entente.domain.common.AggregateId;

public record InstrumentId(String value) implements AggregateId {
    public InstrumentId {
        AggregateId.check(value, "instrument");
    }
}

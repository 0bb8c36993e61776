package org.entente.domain.event;

import org.entente.domain.common.AggregateId;

public record EventId(String value) implements AggregateId {
    public EventId {
        AggregateId.check(value, "event");
    }
}

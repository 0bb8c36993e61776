package org.entente.domain.source;

import org.entente.domain.common.AggregateId;

public record SourceId(String value) implements AggregateId {
    public SourceId {
        AggregateId.check(value, "source");
    }
}

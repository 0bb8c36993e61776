package org.entente.domain.meeting;

import org.entente.domain.common.AggregateId;

public record MeetingId(String value) implements AggregateId {
    public MeetingId {
        AggregateId.check(value, "meeting");
    }
}

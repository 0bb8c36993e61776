package org.entente.storage.memory;

import java.util.List;
import org.entente.application.criteria.EventCriteria;
import org.entente.application.port.out.Events;
import org.entente.domain.event.Event;
import org.entente.domain.event.EventId;

/** Events in memory, in event order under each relation and each host country. */
final class InMemoryEvents extends InMemoryListedStore<EventId, Event, EventCriteria> implements Events {
    InMemoryEvents(InMemoryUnits units) {
        super(units, "event", null, new OrderedIndex<>(EventCriteria::keyOf, EventCriteria::matches, List.of(
                        new OrderedIndex.Dimension<>(c -> c.relation() == null ? null : c.relation().value(),
                                e -> List.of(e.relation().value())),
                        new OrderedIndex.Dimension<>(c -> c.host() == null ? null : c.host().code(),
                                e -> e.host() == null ? List.of() : List.of(e.host().code()))),
                e -> e.startDate() == null ? null : new OrderedIndex.Span(e.startDate().first(), e.startDate().last()),
                c -> c.from() == null && c.to() == null ? null : new OrderedIndex.Span(
                        c.from() == null ? null : c.from().first(), c.to() == null ? null : c.to().last()),
                c -> c.kind() == null));
    }
}

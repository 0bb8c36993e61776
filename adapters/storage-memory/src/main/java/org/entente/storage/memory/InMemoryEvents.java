package org.entente.storage.memory;

import org.entente.application.criteria.EventCriteria;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.Events;
import org.entente.domain.event.Event;
import org.entente.domain.event.EventId;

/** Events in memory. */
final class InMemoryEvents extends InMemoryStore<EventId, Event> implements Events {
    InMemoryEvents(InMemoryUnits units) {
        super(units, "event");
    }

    @Override
    public Page<Event> page(EventCriteria criteria, PageRequest request) {
        return page(criteria::matches, EventCriteria::keyOf, request);
    }

    @Override
    public long count(EventCriteria criteria) {
        return countWhere(criteria::matches);
    }
}

package org.entente.application.port.out;

import org.entente.application.criteria.EventCriteria;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.domain.event.Event;
import org.entente.domain.event.EventId;

/** The stored events. */
public interface Events extends AggregateStore<EventId, Event>, ListedBy<EventCriteria, Event> {
}

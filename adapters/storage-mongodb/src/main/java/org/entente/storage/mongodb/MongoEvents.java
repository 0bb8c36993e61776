package org.entente.storage.mongodb;

import org.entente.application.criteria.EventCriteria;
import org.entente.application.port.out.Events;
import org.entente.domain.event.Event;
import org.entente.domain.event.EventId;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Events in MongoDB, collection {@code events}. A date range selects the events whose start date may fall in it;
 * an undated event has no stored days and so matches no range.
 */
final class MongoEvents extends MongoListedStore<EventId, Event, EventDocument, EventCriteria> implements Events {
    MongoEvents(MongoSite site) {
        super(site, EventDocument.class, "event", RecordsToDocuments.MAPPER::toDocument,
                DocumentsToRecords.MAPPER::toEvent, null);
    }

    @Override
    Criteria filter(EventCriteria criteria) {
        return new Conditions()
                .equal("relation", criteria.relation(), relation -> relation.value())
                .equal("kind", criteria.kind(), kind -> kind.name())
                .equal("host", criteria.host(), host -> host.code())
                .atLeast("startLast", criteria.from(), from -> from.first().toString())
                .atMost("startFirst", criteria.to(), to -> to.last().toString())
                .all();
    }
}

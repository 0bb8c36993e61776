package org.entente.storage.mongodb;

import java.util.ArrayList;
import java.util.List;
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
        List<Criteria> conditions = new ArrayList<>();
        if (criteria.relation() != null) {
            conditions.add(Criteria.where("relation").is(criteria.relation().value()));
        }
        if (criteria.kind() != null) {
            conditions.add(Criteria.where("kind").is(criteria.kind().name()));
        }
        if (criteria.host() != null) {
            conditions.add(Criteria.where("host").is(criteria.host().code()));
        }
        if (criteria.from() != null) {
            conditions.add(Criteria.where("startLast").gte(criteria.from().first().toString()));
        }
        if (criteria.to() != null) {
            conditions.add(Criteria.where("startFirst").lte(criteria.to().last().toString()));
        }
        return allOf(conditions);
    }
}

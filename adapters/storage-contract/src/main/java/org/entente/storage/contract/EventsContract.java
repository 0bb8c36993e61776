package org.entente.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.application.criteria.EventCriteria;
import org.entente.application.port.out.Events;
import org.entente.domain.common.PartialDate;
import org.entente.domain.event.Event;
import org.entente.domain.event.EventId;
import org.entente.domain.event.EventKind;
import org.entente.domain.geo.Country;
import org.entente.domain.relation.RelationId;
import org.junit.jupiter.api.Test;

/** The contract of {@link Events}: listings by every criterion in the order of {@link EventCriteria#keyOf} (undated first). */
public abstract class EventsContract extends AggregateStoreContract<EventId, Event> {

    @Override
    protected final Events store() {
        return storage.events();
    }

    @Override
    protected final EventId id(String value) {
        return new EventId(value);
    }

    @Override
    protected final Event sample(EventId id, int variant) {
        return SampleRecords.event(id, variant);
    }

    @Override
    protected final Event revised(Event e, String revision) {
        return new Event(e.id(), e.relation(), e.name() + " — " + revision, e.kind(), e.host(), e.hostOrganization(),
                e.city(), e.startDate(), e.endDate(), e.status(), e.evidence(), e.version());
    }

    @Test
    public void listingsAgreeWithTheCriteria() {
        List<Event> all = saveSamples(150);
        List<RelationId> r = SampleRecords.RELATIONS;
        List<EventCriteria> criteria = List.of(EventCriteria.ALL, EventCriteria.ALL.withRelation(r.get(0)),
                new EventCriteria(null, EventKind.EXPO, null, null, null),
                criteria(null, SampleRecords.VN, null, null),
                criteria(null, null, "2022", "2023-06"),
                criteria(null, null, "2025-11-30", null),
                criteria(null, null, null, "2019-12"),
                criteria(r.get(2), SampleRecords.KR, "2020", "2026"));
        Pagination.assertEveryCriteriaAgrees(criteria, all, EventCriteria::matches, EventCriteria::keyOf,
                store(), 11);
    }

    private static EventCriteria criteria(RelationId relation, Country host, String from, String to) {
        return new EventCriteria(relation, null, host, from == null ? null : PartialDate.parse(from),
                to == null ? null : PartialDate.parse(to));
    }
}

package org.entente.application.criteria;

import org.entente.domain.common.RecordKind;
import org.entente.application.page.Keyset;
import org.entente.domain.common.PartialDate;
import org.entente.domain.event.Event;
import org.entente.domain.event.EventKind;
import org.entente.domain.geo.Country;
import org.entente.domain.relation.RelationId;

/**
 * Which events to list; absent fields match all. {@code from}/{@code to} bound the start date inclusively (an
 * undated event matches no range); {@code host} is the host country. Ordered by start date (undated first), then id.
 */
public record EventCriteria(RelationId relation, EventKind kind, Country host, PartialDate from, PartialDate to)
        implements Criteria<Event> {
    @Override
    public RecordKind recordKind() {
        return RecordKind.EVENT;
    }

    public static final EventCriteria ALL = new EventCriteria(null, null, null, null, null);

    public EventCriteria {
        DateBounds.check(from, to);
    }

    public EventCriteria withRelation(RelationId relationId) {
        return new EventCriteria(relationId, kind, host, from, to);
    }

    public boolean matches(Event e) {
        return (relation == null || relation.equals(e.relation()))
                && (kind == null || kind == e.kind())
                && (host == null || host.equals(e.host()))
                && (from == null && to == null || e.startDate() != null && DateBounds.admit(from, to, e.startDate()));
    }

    public static Keyset keyOf(Event e) {
        return new Keyset(e.startDate() == null ? "" : e.startDate().sortKey(), e.id().value());
    }
}

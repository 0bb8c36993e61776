package org.entente.storage.postgresql;

import java.util.List;
import org.entente.application.criteria.EventCriteria;
import org.entente.application.port.out.Events;
import org.entente.domain.event.Event;
import org.entente.domain.event.EventId;
import org.entente.domain.event.EventKind;
import org.entente.domain.event.EventStatus;
import org.entente.domain.organization.OrganizationId;
import org.entente.domain.relation.RelationId;
import tools.jackson.databind.node.ObjectNode;

/**
 * The events, listed by start date, undated first. A date window selects those whose {@code started} days (the
 * start date's, not the end's: EventCriteria's own rule) overlap it, never an undated one.
 */
final class PostgresEvents extends ListedRecords<EventId, Event, EventCriteria> implements Events {

    PostgresEvents(PostgresSite site) {
        super(site, "events", "event", null);
    }

    @Override
    protected void where(EventCriteria c, Sql sql) {
        sql.andEqual("relation", c.relation());
        sql.andEqual("kind", c.kind());
        sql.andEqual("host", c.host());
        if (c.from() != null || c.to() != null) {
            sql.add(" AND started && ").days(c.from() == null ? null : c.from().first(),
                    c.to() == null ? null : c.to().last(), true);
            DateWindows.startsInOrAfterTheYearOf(sql, c.from());
            DateWindows.startsBy(sql, c.to());
        }
    }

    @Override
    protected List<Column> columns(Event e) {
        return List.of(Column.sortKey(e.startDate()),
                Column.id("relation", e.relation()),
                Column.kind("kind", e.kind()),
                Column.country("host", e.host()),
                Column.days("started", e.startDate(), e.startDate()));
    }

    @Override
    protected void write(Event e, ObjectNode d) {
        Json.put(d, "relation", e.relation());
        d.put("name", e.name());
        Json.put(d, "kind", e.kind());
        Json.put(d, "host", e.host());
        Json.put(d, "hostOrganization", e.hostOrganization());
        Json.put(d, "city", e.city());
        Json.put(d, "startDate", e.startDate());
        Json.put(d, "endDate", e.endDate());
        Json.put(d, "status", e.status());
        Json.evidence(d, e.evidence());
    }

    @Override
    protected Event record(Fields d, long version) {
        return new Event(d.id("id", EventId::new), d.id("relation", RelationId::new), d.text("name"),
                d.kind("kind", EventKind.class), d.optionalCountry("host"),
                d.optionalId("hostOrganization", OrganizationId::new), d.optionalText("city"),
                d.optionalDate("startDate"), d.optionalDate("endDate"), d.kind("status", EventStatus.class),
                d.evidence(), version);
    }
}

package org.entente.domain.event;

import java.util.List;
import org.entente.domain.common.EvidencedAggregate;
import org.entente.domain.common.RecordKind;
import org.entente.domain.common.Reference;
import org.entente.domain.common.InRelation;
import org.entente.domain.common.DomainException;
import org.entente.domain.common.PartialDate;
import org.entente.domain.common.Require;
import org.entente.domain.geo.Country;
import org.entente.domain.organization.OrganizationId;
import org.entente.domain.relation.RelationId;
import org.entente.domain.source.Evidence;

/**
 * An event the sides announced or spoke of in a relation's context: an expo, a summit, a year of hosting APEC.
 * The host country, city and dates are those the sources give; any may be unknown.
 */
public record Event(EventId id, RelationId relation, String name, EventKind kind, Country host,
                    OrganizationId hostOrganization, String city, PartialDate startDate, PartialDate endDate,
                    EventStatus status, List<Evidence> evidence, long version) implements EvidencedAggregate<EventId, Event>, InRelation {
    public Event {
        Require.present(id, "event id");
        Require.present(relation, "event relation");
        name = Require.text(name, "event name");
        Require.present(kind, "event kind");
        city = Require.optionalText(city);
        Require.present(status, "event status");
        if (startDate != null && endDate != null && endDate.last().isBefore(startDate.first())) {
            throw new DomainException("EVENT_ENDS_BEFORE_START", "event " + id.value() + " ends before it starts");
        }
        Require.that(endDate == null || startDate != null, "EVENT_END_WITHOUT_START", "event " + id.value()
                + " has an end date but no start date");
        evidence = Require.list(evidence, "event evidence");
        Require.version(version);
    }

    @Override
    public List<Reference> references() {
        return Reference.all(Reference.to("relation", RecordKind.RELATION, relation),
                Reference.to("hostOrganization", RecordKind.ORGANIZATION, hostOrganization));
    }

    @Override
    public Event withVersion(long version) {
        return new Event(id, relation, name, kind, host, hostOrganization, city, startDate, endDate, status, evidence,
                version);
    }
}

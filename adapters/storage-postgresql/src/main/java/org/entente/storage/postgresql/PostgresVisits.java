package org.entente.storage.postgresql;

import org.entente.application.port.out.Visits;
import org.entente.domain.person.PersonId;
import org.entente.domain.relation.RelationId;
import org.entente.domain.visit.Visit;
import org.entente.domain.visit.VisitId;
import org.entente.domain.visit.VisitKind;
import tools.jackson.databind.node.ObjectNode;

/** The visits: found by id only, so nothing beside the document. */
final class PostgresVisits extends PostgresRecords<VisitId, Visit> implements Visits {

    PostgresVisits(PostgresSite site) {
        super(site, "visits", "visit", null);
    }

    @Override
    protected void write(Visit v, ObjectNode d) {
        Json.put(d, "relation", v.relation());
        Json.put(d, "kind", v.kind());
        Json.put(d, "visitor", v.visitor());
        Json.put(d, "host", v.host());
        Json.put(d, "startDate", v.startDate());
        Json.put(d, "endDate", v.endDate());
        Json.texts(d, "places", v.places());
        Json.evidence(d, v.evidence());
    }

    @Override
    protected Visit record(Fields d, long version) {
        return new Visit(d.id("id", VisitId::new), d.id("relation", RelationId::new), d.kind("kind", VisitKind.class),
                d.id("visitor", PersonId::new), d.country("host"), d.date("startDate"), d.optionalDate("endDate"),
                d.texts("places"), d.evidence(), version);
    }
}

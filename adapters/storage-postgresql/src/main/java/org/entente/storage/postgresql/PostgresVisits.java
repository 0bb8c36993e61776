package org.entente.storage.postgresql;

import java.util.List;
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
    protected List<Column> columns(Visit v) {
        return List.of();
    }

    @Override
    protected ObjectNode document(Visit v) {
        ObjectNode d = Json.object();
        Json.put(d, "id", v.id());
        Json.put(d, "relation", v.relation());
        Json.put(d, "kind", v.kind());
        Json.put(d, "visitor", v.visitor());
        Json.put(d, "host", v.host());
        Json.put(d, "startDate", v.startDate());
        Json.put(d, "endDate", v.endDate());
        Json.texts(d, "places", v.places());
        Json.evidence(d, v.evidence());
        return d;
    }

    @Override
    protected Visit record(Fields d, long version) {
        return new Visit(d.id("id", VisitId::new), d.id("relation", RelationId::new), d.kind("kind", VisitKind.class),
                d.id("visitor", PersonId::new), d.country("host"), d.date("startDate"), d.optionalDate("endDate"),
                d.texts("places"), d.evidence(), version);
    }
}

package org.entente.application.command;

import java.util.List;
import org.entente.domain.common.PartialDate;
import org.entente.domain.common.Require;
import org.entente.domain.event.EventId;
import org.entente.domain.event.EventKind;
import org.entente.domain.event.EventStatus;
import org.entente.domain.geo.Country;
import org.entente.domain.organization.OrganizationId;
import org.entente.domain.relation.RelationId;

/** An event announced or planned in a relation's context. */
public record RecordEventCommand(EventId id, RelationId relation, String name, EventKind kind, Country host,
                                 OrganizationId hostOrganization, String city, PartialDate startDate,
                                 PartialDate endDate, EventStatus status, List<Citing> evidence) {
    public RecordEventCommand {
        Require.present(id, "id");
        Require.present(relation, "relation");
        evidence = Citing.required(evidence, "an event needs evidence");
    }
}

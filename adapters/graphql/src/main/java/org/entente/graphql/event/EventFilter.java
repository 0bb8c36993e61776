package org.entente.graphql.event;

import org.entente.application.criteria.EventCriteria;
import org.entente.domain.event.EventKind;
import org.entente.domain.geo.Country;
import org.entente.domain.relation.RelationId;
import org.entente.graphql.error.Arguments;
import org.entente.graphql.scalar.DateInput;

/** The {@code EventFilter} input as a client wrote it. */
public record EventFilter(EventKind kind, String host, DateInput from, DateInput to) {
    public static EventCriteria criteria(EventFilter filter, RelationId relation) {
        if (filter == null) {
            return EventCriteria.ALL.withRelation(relation);
        }
        return Arguments.read("filter", () -> new EventCriteria(relation, filter.kind,
                filter.host == null ? null : Arguments.read("filter.host", () -> Country.of(filter.host)),
                DateInput.read(filter.from, "filter.from"),
                DateInput.read(filter.to, "filter.to")));
    }
}

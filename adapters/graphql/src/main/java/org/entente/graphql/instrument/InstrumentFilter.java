package org.entente.graphql.instrument;

import org.entente.application.criteria.InstrumentCriteria;
import org.entente.domain.geo.Country;
import org.entente.domain.instrument.InstrumentKind;
import org.entente.domain.relation.RelationId;
import org.entente.graphql.error.Arguments;
import org.entente.graphql.scalar.DateInput;

/** The {@code InstrumentFilter} input as a client wrote it. */
public record InstrumentFilter(InstrumentKind kind, DateInput from, DateInput to, String country) {
    public static InstrumentCriteria criteria(InstrumentFilter filter, RelationId relation) {
        if (filter == null) {
            return InstrumentCriteria.ALL.withRelation(relation);
        }
        return Arguments.read("filter", () -> new InstrumentCriteria(relation, filter.kind,
                DateInput.read(filter.from, "filter.from"),
                DateInput.read(filter.to, "filter.to"),
                filter.country == null ? null : Arguments.read("filter.country", () -> Country.of(filter.country))));
    }
}

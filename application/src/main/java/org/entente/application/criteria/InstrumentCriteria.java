package org.entente.application.criteria;

import org.entente.domain.common.RecordKind;
import org.entente.application.page.Keyset;
import org.entente.domain.common.PartialDate;
import org.entente.domain.geo.Country;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.instrument.InstrumentKind;
import org.entente.domain.relation.RelationId;

/**
 * Which instruments to list; absent fields match all. {@code from}/{@code to} bound the signing date inclusively
 * (an undated instrument matches no range); {@code country} is a party's country.
 * Instruments are ordered by signing date (undated first), then id.
 */
public record InstrumentCriteria(RelationId relation, InstrumentKind kind, PartialDate from, PartialDate to,
                                 Country country)
        implements Criteria<Instrument> {
    @Override
    public RecordKind recordKind() {
        return RecordKind.INSTRUMENT;
    }

    public static final InstrumentCriteria ALL = new InstrumentCriteria(null, null, null, null, null);

    public InstrumentCriteria {
        DateBounds.check(from, to);
    }

    public InstrumentCriteria withRelation(RelationId relationId) {
        return new InstrumentCriteria(relationId, kind, from, to, country);
    }

    public boolean matches(Instrument i) {
        return (relation == null || relation.equals(i.relation()))
                && (kind == null || kind == i.kind())
                && (from == null && to == null || i.signedOn() != null && DateBounds.admit(from, to, i.signedOn()))
                && (country == null || i.parties().stream().anyMatch(p -> p.country().equals(country)));
    }

    public static Keyset keyOf(Instrument i) {
        return new Keyset(i.signedOn() == null ? "" : i.signedOn().sortKey(), i.id().value());
    }
}

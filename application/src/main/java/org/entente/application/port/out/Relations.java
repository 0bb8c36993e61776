package org.entente.application.port.out;

import java.util.Optional;
import org.entente.domain.geo.CountryPair;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.relation.RelationId;

/** The stored bilateral relations; one per country pair (a second is refused with a duplicate-key error). */
public interface Relations extends AggregateStore<RelationId, BilateralRelation> {
    Optional<BilateralRelation> findByCountries(CountryPair countries);
}

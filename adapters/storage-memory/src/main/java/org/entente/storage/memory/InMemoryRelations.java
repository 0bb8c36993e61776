package org.entente.storage.memory;

import java.util.Optional;
import org.entente.application.port.out.Relations;
import org.entente.domain.geo.CountryPair;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.relation.RelationId;

/** Relations in memory, one per country pair, found by the pair through the natural key. */
final class InMemoryRelations extends InMemoryStore<RelationId, BilateralRelation> implements Relations {
    InMemoryRelations(InMemoryUnits units) {
        super(units, "relation", new NaturalKey<>("COUNTRY_PAIR_TAKEN", "country pair", r -> r.countries().key()));
    }

    @Override
    public Optional<BilateralRelation> findByCountries(CountryPair countries) {
        return findByNaturalKey(countries.key());
    }
}

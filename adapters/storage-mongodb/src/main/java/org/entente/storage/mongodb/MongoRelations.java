package org.entente.storage.mongodb;

import java.util.Optional;
import org.entente.application.port.out.Relations;
import org.entente.domain.geo.CountryPair;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.relation.RelationId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Relations in MongoDB, collection {@code relations}; a unique index keeps one per country pair. */
final class MongoRelations extends MongoAggregateStore<RelationId, BilateralRelation, RelationDocument>
        implements Relations {
    MongoRelations(MongoSite site) {
        super(site, RelationDocument.class, "relation", RecordsToDocuments.MAPPER::toDocument,
                DocumentsToRecords.MAPPER::toRelation,
                new NaturalKey(RelationDocument.PAIR_INDEX, "COUNTRY_PAIR_TAKEN", "country pair"));
    }

    @Override
    public Optional<BilateralRelation> findByCountries(CountryPair countries) {
        Query query = Query.query(Criteria.where("countryPair").is(countries.key()));
        return Optional.ofNullable(mongo.findOne(query, RelationDocument.class))
                .map(DocumentsToRecords.MAPPER::toRelation);
    }
}

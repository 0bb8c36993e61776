package org.entente.storage.mongodb;

import org.entente.application.criteria.PersonCriteria;
import org.entente.application.port.out.Persons;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Persons in MongoDB, collection {@code persons}. A name query is an anchored prefix of the stored folded name
 * words, so that case and diacritics are ignored without {@code $text} or a collation, and an index can answer it.
 * Tombstones ({@code mergedInto} set) are left out of every listing, as {@link PersonCriteria#matches} says.
 */
final class MongoPersons extends MongoListedStore<PersonId, Person, PersonDocument, PersonCriteria> implements Persons {
    MongoPersons(MongoSite site) {
        super(site, PersonDocument.class, "person", RecordsToDocuments.MAPPER::toDocument,
                DocumentsToRecords.MAPPER::toPerson, null);
    }

    @Override
    Criteria filter(PersonCriteria criteria) {
        return new Conditions()
                .always(Criteria.where("mergedInto").is(null))
                .equal("country", criteria.country(), country -> country.code())
                .where(criteria.nameKey(),
                        nameKey -> Criteria.where("nameWords").regex(QueryKeys.startingWith(nameKey)))
                .all();
    }
}

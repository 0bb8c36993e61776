package org.entente.storage.mongodb;

import java.util.ArrayList;
import java.util.List;
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
        List<Criteria> conditions = new ArrayList<>();
        conditions.add(Criteria.where("mergedInto").is(null));
        if (criteria.country() != null) {
            conditions.add(Criteria.where("country").is(criteria.country().code()));
        }
        if (criteria.nameKey() != null) {
            conditions.add(Criteria.where("nameWords").regex(QueryKeys.startingWith(criteria.nameKey())));
        }
        return allOf(conditions);
    }
}

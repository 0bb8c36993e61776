package org.entente.storage.memory;

import org.entente.application.criteria.PersonCriteria;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.Persons;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;

/** Persons in memory, searched through the criteria's own rule. */
final class InMemoryPersons extends InMemoryStore<PersonId, Person> implements Persons {
    InMemoryPersons(InMemoryUnits units) {
        super(units, "person");
    }

    @Override
    public Page<Person> page(PersonCriteria criteria, PageRequest request) {
        return page(criteria::matches, PersonCriteria::keyOf, request);
    }

    @Override
    public long count(PersonCriteria criteria) {
        return countWhere(criteria::matches);
    }
}

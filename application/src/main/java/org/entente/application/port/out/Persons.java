package org.entente.application.port.out;

import org.entente.application.criteria.PersonCriteria;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;

/** The stored persons, searchable by name ignoring case and diacritics. */
public interface Persons extends AggregateStore<PersonId, Person>, ListedBy<PersonCriteria, Person> {
}

package org.entente.application.criteria;

import org.entente.domain.common.RecordKind;
import org.entente.application.page.Keyset;
import org.entente.domain.geo.Country;
import org.entente.domain.person.NameKey;
import org.entente.domain.person.Person;

/**
 * Which persons to list. {@code name} matches when its folded form (case and diacritics ignored) starts a word of
 * the person's folded name or of one of the other names: "nguyen minh vu" and "minh vu" find "Nguyễn Minh Vũ".
 * Persons are ordered by folded name, then id. A tombstone (a person merged into another) matches no criteria:
 * listings and searches show the survivor only.
 */
public record PersonCriteria(String name, Country country) implements Criteria<Person> {
    @Override
    public RecordKind recordKind() {
        return RecordKind.PERSON;
    }

    public static final PersonCriteria ALL = new PersonCriteria(null, null);

    public PersonCriteria {
        name = name == null || NameKey.fold(name).isEmpty() ? null : name;
    }

    public String nameKey() {
        return name == null ? null : NameKey.fold(name);
    }

    public boolean matches(Person p) {
        return !p.isTombstone() && (country == null || country.equals(p.country())) && (name == null || p.answersTo(name));
    }

    public static Keyset keyOf(Person p) {
        return new Keyset(NameKey.fold(p.name()), p.id().value());
    }
}

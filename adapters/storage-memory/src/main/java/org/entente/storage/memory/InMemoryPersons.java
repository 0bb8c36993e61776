package org.entente.storage.memory;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.application.criteria.PersonCriteria;
import org.entente.application.port.out.Persons;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;

/**
 * Persons in memory (tombstones apart: no listing shows them), in name order, and in that order again under each
 * folded prefix a name search may ask for (every start of every word of every name, up to {@link #PREFIX}
 * characters) and under each country: a name search enters the persons under its prefix at the cursor and reads
 * until its page is full, so it costs the logarithm of the persons stored and the page, not every person who matches.
 */
final class InMemoryPersons extends InMemoryListedStore<PersonId, Person, PersonCriteria> implements Persons {
    /**
     * The longest prefix indexed: a longer query is looked up by its first {@code PREFIX} characters and the
     * persons under them checked against the whole query, so that a long name does not index every prefix of it.
     */
    static final int PREFIX = 16;

    InMemoryPersons(InMemoryUnits units) {
        super(units, "person", null, new OrderedIndex<>(PersonCriteria::keyOf, PersonCriteria::matches,
                List.of(new OrderedIndex.Dimension<>(InMemoryPersons::prefixWanted, InMemoryPersons::prefixes),
                        new OrderedIndex.Dimension<>(c -> c.country() == null ? null : c.country().code(),
                                p -> p.country() == null ? List.of() : List.of(p.country().code()))),
                null, null, c -> c.name() == null || c.nameKey().length() <= PREFIX,
                person -> !person.isTombstone()));
    }

    /** The prefix a search is looked up by: its folded query, cut to the longest prefix indexed. */
    private static String prefixWanted(PersonCriteria criteria) {
        String key = criteria.nameKey();
        return key == null ? null : key.substring(0, Math.min(PREFIX, key.length())).strip();
    }

    /**
     * Every folded string a name search finds this person by, as {@link Person#answersTo} reads one: from each
     * word's start in each of the person's names, every prefix up to {@link #PREFIX} characters ("nguyen minh vu"
     * gives "n", "ng", ... "nguyen minh vu", "m", ... "minh vu", "v", "vu").
     */
    static Set<String> prefixes(Person person) {
        Set<String> prefixes = new HashSet<>();
        for (String key : person.searchKeys()) {
            for (int at = 0; at < key.length(); at++) {
                if ((at == 0 || key.charAt(at - 1) == ' ') && key.charAt(at) != ' ') {
                    for (int end = at + 1; end <= Math.min(key.length(), at + PREFIX); end++) {
                        if (key.charAt(end - 1) != ' ') {
                            prefixes.add(key.substring(at, end));
                        }
                    }
                }
            }
        }
        return prefixes;
    }
}

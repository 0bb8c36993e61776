package org.entente.storage.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.entente.application.criteria.PersonCriteria;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.Persons;
import org.entente.domain.person.NameKey;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;

/**
 * Persons in memory (tombstones apart: no listing shows them), in name order under each country; a name search looks its folded words up in a sorted map of
 * every person's folded names from each word on, so that it reads the persons it finds, not every person.
 */
final class InMemoryPersons extends InMemoryListedStore<PersonId, Person, PersonCriteria> implements Persons {
    /** Each folded name from each of its words on ("nguyen minh vu", "minh vu", "vu"), to the persons it belongs to. */
    private final NavigableMap<String, Set<Person>> byNameWords = new TreeMap<>();

    InMemoryPersons(InMemoryUnits units) {
        super(units, "person", null, new OrderedIndex<>(PersonCriteria::keyOf, PersonCriteria::matches,
                List.of(new OrderedIndex.Dimension<>(c -> c.country() == null ? null : c.country().code(),
                        p -> p.country() == null ? List.of() : List.of(p.country().code()))),
                null, null, c -> c.name() == null, person -> !person.isTombstone()));
    }

    @Override
    void indexedAlso(Person removed, Person added) {
        if (removed != null && !removed.isTombstone()) {
            for (String words : nameWords(removed)) {
                Set<Person> holders = byNameWords.get(words);
                holders.remove(removed);
                if (holders.isEmpty()) {
                    byNameWords.remove(words);
                }
            }
        }
        if (added != null && !added.isTombstone()) {
            nameWords(added).forEach(words -> byNameWords.computeIfAbsent(words, w -> new HashSet<>()).add(added));
        }
    }

    @Override
    public Page<Person> page(PersonCriteria criteria, PageRequest request) {
        return criteria.name() == null ? super.page(criteria, request)
                : read(() -> Page.cut(window(found(criteria), request), request));
    }

    @Override
    public long count(PersonCriteria criteria) {
        return criteria.name() == null ? super.count(criteria) : read(() -> (long) found(criteria).size());
    }

    @Override
    public Map<PersonCriteria, Page<Person>> pages(Collection<PersonCriteria> criteria, PageRequest request) {
        return read(() -> {
            Map<PersonCriteria, Page<Person>> pages = new LinkedHashMap<>();
            criteria.forEach(c -> pages.computeIfAbsent(c, k -> page(k, request)));
            return pages;
        });
    }

    @Override
    public Map<PersonCriteria, Long> counts(Collection<PersonCriteria> criteria) {
        return read(() -> {
            Map<PersonCriteria, Long> counts = new LinkedHashMap<>();
            criteria.forEach(c -> counts.computeIfAbsent(c, this::count));
            return counts;
        });
    }

    /** The persons the search finds, in name order: those holding a name word that starts with the query. */
    private List<Person> found(PersonCriteria criteria) {
        String query = criteria.nameKey();
        Set<Person> candidates = new HashSet<>();
        byNameWords.subMap(query, true, query + Character.MAX_VALUE, true).values().forEach(candidates::addAll);
        return candidates.stream().filter(criteria::matches).sorted(Comparator.comparing(PersonCriteria::keyOf))
                .toList();
    }

    private static List<Person> window(List<Person> found, PageRequest request) {
        List<Person> admitted = found.stream().filter(p -> request.admits(PersonCriteria.keyOf(p))).toList();
        int size = request.size();
        return request.fromEnd() ? admitted.subList(Math.max(0, admitted.size() - size - 1), admitted.size())
                : admitted.subList(0, Math.min(admitted.size(), size + 1));
    }

    /** Every folded name from each of its words on, as the criteria's rule reads a name search. */
    private static Set<String> nameWords(Person person) {
        Set<String> words = new HashSet<>();
        for (String key : person.searchKeys()) {
            for (int at = 0; at < key.length(); at++) {
                if (at == 0 || key.charAt(at - 1) == ' ') {
                    words.add(key.substring(at));
                }
            }
        }
        return words;
    }
}

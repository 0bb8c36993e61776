package org.entente.storage.postgresql;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.entente.application.criteria.PersonCriteria;
import org.entente.application.port.out.Persons;
import org.entente.domain.organization.OrganizationId;
import org.entente.domain.person.NameKey;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;
import org.entente.domain.person.Post;
import tools.jackson.databind.node.ObjectNode;

/**
 * The persons, listed by folded name. A name query selects a person when one of the person's {@code name_words}
 * (each folded name from each of its word starts on) starts with the folded query: a GIN index on
 * {@code name_starts}, those words' first {@value #INDEXED_START} characters cut after each, finds the candidates.
 * A tombstone ({@code merged_into} set) is in no listing.
 */
final class PostgresPersons extends ListedRecords<PersonId, Person, PersonCriteria> implements Persons {

    /** How much of each name word {@code name_starts} holds: longer queries are checked against the words whole. */
    static final int INDEXED_START = 32;

    PostgresPersons(PostgresSite site) {
        super(site, "persons", "person", null);
    }

    @Override
    protected void where(PersonCriteria c, Sql sql) {
        sql.add(" AND merged_into IS NULL");
        sql.andEqual("country", c.country());
        if (c.name() != null) {
            String query = c.nameKey();
            String indexed = indexedStart(query);
            sql.add(" AND name_starts @> ").textElement(indexed);
            if (!indexed.equals(query)) {
                sql.add(" AND EXISTS (SELECT 1 FROM unnest(name_words) AS word WHERE starts_with(word, ").text(query)
                        .add("))");
            }
        }
    }

    /** Each folded name from each of its word starts to its end: "nguyen minh vu", "minh vu", "vu". */
    static Set<String> nameWords(Person p) {
        Set<String> words = new LinkedHashSet<>();
        for (String key : p.searchKeys()) {
            for (int start = 0; start < key.length(); start++) {
                if (start == 0 || key.charAt(start - 1) == ' ') {
                    words.add(key.substring(start));
                }
            }
        }
        return words;
    }

    /**
     * What the index finds a name query by: each name word cut after each of its first {@value #INDEXED_START}
     * characters ("m", "mi", …, "minh v", "minh vu"), never after a space or between the halves of one character,
     * which a folded query never ends with. A folded query of up to that length is one of them exactly when it starts
     * a name word, as {@link Person#answersTo} asks.
     */
    static Set<String> nameStarts(Set<String> words) {
        Set<String> starts = new LinkedHashSet<>();
        for (String word : words) {
            for (int end = 1; end <= Math.min(word.length(), INDEXED_START); end++) {
                char last = word.charAt(end - 1);
                if (last != ' ' && !Character.isHighSurrogate(last)) {
                    starts.add(word.substring(0, end));
                }
            }
        }
        return starts;
    }

    /** The longest start of {@code query} that {@link #nameStarts} may hold. */
    static String indexedStart(String query) {
        if (query.length() <= INDEXED_START) {
            return query;
        }
        int end = INDEXED_START;
        while (end > 1 && (query.charAt(end - 1) == ' ' || Character.isHighSurrogate(query.charAt(end - 1)))) {
            end--;
        }
        return query.substring(0, end);
    }

    @Override
    protected List<Column> columns(Person p) {
        Set<String> words = nameWords(p);
        return List.of(Column.text("sort_key", IndexedText.check("the folded name of person " + p.id().value(),
                        NameKey.fold(p.name()))),
                Column.country("country", p.country()),
                Column.id("merged_into", p.mergedInto()),
                Column.texts("name_words", words),
                Column.texts("name_starts", nameStarts(words)));
    }

    @Override
    protected void write(Person p, ObjectNode d) {
        d.put("name", p.name());
        Json.texts(d, "otherNames", p.otherNames());
        Json.put(d, "country", p.country());
        Json.objects(d, "posts", p.posts(), post -> {
            ObjectNode o = Json.object();
            o.put("title", post.title());
            Json.put(o, "organization", post.organization());
            Json.put(o, "since", post.since());
            Json.put(o, "until", post.until());
            Json.evidence(o, post.evidence());
            return o;
        });
        Json.evidence(d, p.evidence());
        Json.put(d, "mergedInto", p.mergedInto());
    }

    @Override
    protected Person record(Fields d, long version) {
        return new Person(d.id("id", PersonId::new), d.text("name"), d.texts("otherNames"),
                d.optionalCountry("country"),
                d.objects("posts", o -> new Post(o.text("title"), o.optionalId("organization", OrganizationId::new),
                        o.optionalDate("since"), o.optionalDate("until"), o.evidence())),
                d.evidence(), d.optionalId("mergedInto", PersonId::new), version);
    }
}

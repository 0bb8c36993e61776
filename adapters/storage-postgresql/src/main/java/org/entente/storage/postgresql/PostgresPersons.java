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
 * The persons, listed by folded name. A name query selects a person when its folded form is one of the person's
 * {@code name_starts} (a GIN index finds them); a tombstone ({@code merged_into} set) is in no listing.
 */
final class PostgresPersons extends ListedRecords<PersonId, Person, PersonCriteria> implements Persons {

    PostgresPersons(PostgresSite site) {
        super(site, "persons", "person", null);
    }

    @Override
    protected void where(PersonCriteria c, Sql sql) {
        sql.add(" AND merged_into IS NULL");
        if (c.country() != null) {
            sql.add(" AND country = ").text(c.country().code());
        }
        if (c.name() != null) {
            sql.add(" AND name_starts @> ").textElement(c.nameKey());
        }
    }

    /**
     * What a name query may be to find this person: every folded name, from each of its word starts on, cut after
     * each of its characters ("minh vu" from "nguyen minh vu": "m", "mi", …, "minh v", "minh vu"). A folded query
     * is one of them exactly when {@link Person#answersTo} says yes: it starts at a word of one of the names and
     * follows it character for character.
     */
    static Set<String> nameStarts(Person p) {
        Set<String> starts = new LinkedHashSet<>();
        for (String key : p.searchKeys()) {
            for (int start = 0; start < key.length(); start++) {
                if (start > 0 && key.charAt(start - 1) != ' ') {
                    continue;
                }
                for (int end = start + 1; end <= key.length(); end++) {
                    char last = key.charAt(end - 1);
                    // a folded query never ends in a space, nor between the two halves of one character
                    if (last != ' ' && !Character.isHighSurrogate(last)) {
                        starts.add(key.substring(start, end));
                    }
                }
            }
        }
        return starts;
    }

    @Override
    protected List<Column> columns(Person p) {
        return List.of(Column.text("sort_key", NameKey.fold(p.name())),
                Column.text("country", p.country() == null ? null : p.country().code()),
                Column.text("merged_into", p.mergedInto() == null ? null : p.mergedInto().value()),
                Column.texts("name_starts", nameStarts(p)));
    }

    @Override
    protected ObjectNode document(Person p) {
        ObjectNode d = Json.object();
        Json.put(d, "id", p.id());
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
        return d;
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

package org.entente.domain.person;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.Require;
import org.entente.domain.geo.Country;
import org.entente.domain.source.Evidence;

/**
 * A person as the sources name them: {@code name} as printed (with its diacritics), {@code otherNames} for
 * other spellings and translations, the country the person serves, and the posts held over time.
 * Two people may share a family name; they are two persons.
 */
public record Person(PersonId id, String name, List<String> otherNames, Country country, List<Post> posts,
                     List<Evidence> evidence, long version) implements Aggregate<PersonId, Person> {

    public Person {
        Require.present(id, "person id");
        name = Require.text(name, "person name");
        Set<String> others = new LinkedHashSet<>();
        for (String other : Require.list(otherNames, "other names")) {
            String o = Require.text(other, "other name");
            if (!o.equals(name)) {
                others.add(o);
            }
        }
        otherNames = List.copyOf(others);
        posts = Require.list(posts, "posts");
        evidence = Require.list(evidence, "person evidence");
        Require.version(version);
    }

    /** Every name this person is known by, the printed one first. */
    public List<String> names() {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(otherNames);
        return all;
    }

    /** The folded forms of every name, for search. */
    public Set<String> searchKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (String n : names()) {
            keys.add(NameKey.fold(n));
        }
        return keys;
    }

    /** Whether a folded query names this person: every word of it starts a word of one of the names. */
    public boolean answersTo(String query) {
        String q = NameKey.fold(query);
        if (q.isEmpty()) {
            return true;
        }
        for (String key : searchKeys()) {
            if ((" " + key).contains(" " + q)) {
                return true;
            }
        }
        return false;
    }

    /** The posts held on {@code date}, or all of them when no date is given. */
    public List<Post> postsHeldOn(org.entente.domain.common.PartialDate date) {
        return date == null ? posts : posts.stream().filter(p -> p.heldOn(date)).toList();
    }

    public Person holding(Post post) {
        List<Post> next = new ArrayList<>(posts);
        next.add(post);
        return new Person(id, name, otherNames, country, next, evidence, version);
    }

    public Person alsoKnownAs(String otherName) {
        List<String> next = new ArrayList<>(otherNames);
        next.add(otherName);
        return new Person(id, name, next, country, posts, evidence, version);
    }

    @Override
    public Person withVersion(long version) {
        return new Person(id, name, otherNames, country, posts, evidence, version);
    }
}

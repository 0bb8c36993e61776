package org.entente.domain.person;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.RecordKind;
import org.entente.domain.common.Reference;
import org.entente.domain.source.Citation;
import org.entente.domain.common.DomainException;
import org.entente.domain.common.Require;
import org.entente.domain.geo.Country;
import org.entente.domain.source.Evidence;

/**
 * A person as the sources name them: {@code name} as printed (with its diacritics), {@code otherNames} for
 * other spellings and translations, the country the person serves, and the posts held over time.
 * Two people may share a family name; they are two persons.
 *
 * <p>A person found to be another is kept as a tombstone: {@code mergedInto} names the survivor, so that its id
 * still leads somewhere. A tombstone is never merged again, never survives a merge, and never points at itself.
 */
public record Person(PersonId id, String name, List<String> otherNames, Country country, List<Post> posts,
                     List<Evidence> evidence, PersonId mergedInto, long version)
        implements Aggregate<PersonId, Person> {

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
        Require.that(!id.equals(mergedInto), "PERSON_MERGED_WITH_ITSELF",
                "person " + id.value() + " cannot be merged into itself");
        Require.version(version);
    }

    /** Whether this record is what is left of a person merged into another. */
    public boolean isTombstone() {
        return mergedInto != null;
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

    /**
     * The post this person held on {@code date} as a source reported it: among the posts held that day, the one
     * titled {@code titleAsReported} (ignoring case and diacritics) if there is one, else the first; null when none.
     */
    public Post postAsReported(org.entente.domain.common.PartialDate date, String titleAsReported) {
        List<Post> held = postsHeldOn(date);
        if (titleAsReported != null) {
            String key = NameKey.fold(titleAsReported);
            for (Post post : held) {
                if (NameKey.fold(post.title()).equals(key)) {
                    return post;
                }
            }
        }
        return held.isEmpty() ? null : held.get(0);
    }

    public Person holding(Post post) {
        List<Post> next = new ArrayList<>(posts);
        next.add(post);
        return new Person(id, name, otherNames, country, next, evidence, mergedInto, version);
    }

    public Person alsoKnownAs(String otherName) {
        List<String> next = new ArrayList<>(otherNames);
        next.add(otherName);
        return new Person(id, name, next, country, posts, evidence, mergedInto, version);
    }

    /**
     * This person with everything {@code merged} was known by: its names become other names, its posts join these
     * (an identical post once), the evidence of both and {@code why} the two are one. Absorbing the same person
     * twice changes nothing more, so that a merge carried out again comes to the same record.
     */
    public Person absorb(Person merged, List<Evidence> why) {
        requireMergeable(merged);
        List<String> names = new ArrayList<>(otherNames);
        names.addAll(merged.names());
        return new Person(id, name, names, country != null ? country : merged.country(),
                distinct(posts, merged.posts()), distinct(distinct(evidence, merged.evidence()), why), null, version);
    }

    /**
     * What is left of this person once merged into {@code survivor}; refused while {@code attendancesLeft}
     * attendances still name this person, since a tombstone is left only once every reference moved.
     */
    public Person mergeInto(Person survivor, int attendancesLeft) {
        survivor.requireMergeable(this);
        Require.that(attendancesLeft == 0, "MERGE_UNFINISHED", "person " + id.value() + " still attends "
                + attendancesLeft + " meeting(s); move them to " + survivor.id().value() + " before leaving a tombstone");
        return new Person(id, name, otherNames, country, posts, evidence, survivor.id(), version);
    }

    /** A tombstone pointing at {@code merged} made to point at its survivor, so that no id leads to a tombstone. */
    public Person redirect(PersonId merged, PersonId survivor) {
        return merged.equals(mergedInto) ? new Person(id, name, otherNames, country, posts, evidence, survivor, version)
                : this;
    }

    /** Refuses to take {@code merged} into this person unless both are persons still in use, two, of one country. */
    public void requireMergeable(Person merged) {
        Require.that(!id.equals(merged.id()), "PERSON_MERGED_WITH_ITSELF", "person " + id.value()
                + " cannot be merged into itself");
        if (merged.isTombstone()) {
            throw new DomainException("PERSON_ALREADY_MERGED", "person " + merged.id().value()
                    + " was merged into " + merged.mergedInto().value() + " already");
        }
        if (isTombstone()) {
            throw new DomainException("PERSON_MERGED_AWAY", "person " + id.value() + " was merged into "
                    + mergedInto.value() + " and cannot take in another; merge into " + mergedInto.value());
        }
        Require.that(country == null || merged.country() == null || country.equals(merged.country()),
                "PERSONS_OF_DIFFERENT_COUNTRIES", "person " + merged.id().value() + " serves " + merged.country().code()
                        + " and " + id.value() + " serves " + (country == null ? "" : country.code())
                        + ": likely two people, not merged");
    }

    private static <T> List<T> distinct(List<T> first, List<T> second) {
        Set<T> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    @Override
    public List<Citation> citations() {
        return Citation.all(Citation.of("evidence", evidence), Citation.ofEach("posts", posts, Post::evidence));
    }

    @Override
    public List<Reference> references() {
        return Reference.all(
                Reference.toEach("posts", "organization", RecordKind.ORGANIZATION, posts, Post::organization),
                Reference.to("mergedInto", RecordKind.PERSON, mergedInto));
    }

    @Override
    public Person withVersion(long version) {
        return new Person(id, name, otherNames, country, posts, evidence, mergedInto, version);
    }
}

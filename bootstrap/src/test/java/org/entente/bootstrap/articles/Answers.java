package org.entente.bootstrap.articles;

import java.util.List;
import java.util.Objects;

/**
 * The shapes of the API's answers that the article tests read back. A field a query does not select reads as
 * null, so one shape serves every query that reaches the type.
 */
final class Answers {
    private Answers() {
    }

    record Country(String code) {
    }

    record Organization(String name, List<String> otherNames, String kind, Country country,
                        List<Evidence> evidence) {
    }

    record Post(String title, Organization organization) {
    }

    record Person(String id, String name, List<String> otherNames, Country country, List<Post> posts,
                  List<Evidence> evidence) {
        List<String> titles() {
            return posts.stream().map(Post::title).toList();
        }
    }

    record Attendance(Person person, String titleAsReported, Country country, List<String> roles, Post post,
                      List<Evidence> evidence) {
        String name() {
            return person == null ? null : person.name();
        }

        String side() {
            return country.code();
        }
    }

    record Commitment(String key, String text, String kind, List<Country> sides, List<String> areas, Meeting meeting,
                      List<Evidence> evidence) {
        List<String> sideCodes() {
            return sides.stream().map(Country::code).toList();
        }
    }

    record Visit(String kind, Person visitor, Country host, String startDate, String endDate, List<String> places,
                 List<Evidence> evidence) {
    }

    record Session(int number, Meeting meeting) {
    }

    record Mechanism(String name, String format, String upgradedOn, Mechanism predecessor, Mechanism successor,
                     List<Session> sessions, List<Evidence> evidence) {
    }

    record Meeting(String id, String title, String kind, String status, String startDate, String endDate, String city,
                   Country country, Mechanism mechanism, Integer sessionNumber, Visit visit,
                   List<Attendance> attendances, List<Instrument> instruments, List<Commitment> commitments,
                   List<String> areas, List<String> outcomes, List<Evidence> evidence) {
        /** The attendance of the person of that name, or of the official reported by that title. */
        Attendance attendance(String nameOrTitle) {
            return attendances.stream().filter(a -> nameOrTitle.equals(a.name())
                            || a.person() == null && nameOrTitle.equals(a.titleAsReported()))
                    .findFirst().orElseThrow(() -> new AssertionError("no attendance of " + nameOrTitle + " at " + title));
        }

        Commitment commitment(String key) {
            return commitments.stream().filter(c -> c.key().equals(key)).findFirst()
                    .orElseThrow(() -> new AssertionError("no commitment " + key + " at " + title));
        }
    }

    record StatusChange(String status, String on, List<Evidence> evidence) {
    }

    record Party(Country country, Organization organization) {
    }

    record Signatory(Person person, String titleAsReported, Country country) {
    }

    record Instrument(String title, String kind, Boolean binding, String status, List<StatusChange> statusHistory,
                      String signedOn, String signedAt, Meeting meeting, List<Party> parties,
                      List<Signatory> signatories, List<Person> witnesses, List<String> areas,
                      List<Evidence> evidence) {
    }

    record Invitation(Person inviter, Person invitee, String purpose, Person conveyedBy, Meeting extendedAt,
                      String extendedOn, String status, Meeting fulfilledBy, List<Evidence> evidence) {
    }

    record Event(String name, String kind, Country host, Organization hostOrganization, String city, String startDate,
                 String endDate, String status, List<Evidence> evidence) {
    }

    record Level(String name, String since, String until, Meeting announcedAt, List<Evidence> evidence) {
    }

    /** The one item of {@code items} whose {@code key} is {@code value}. */
    static <T> T one(List<T> items, java.util.function.Function<T, ?> key, Object value) {
        List<T> found = items.stream().filter(i -> Objects.equals(key.apply(i), value)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one item with " + value + ", found " + found.size() + " in " + items);
        }
        return found.get(0);
    }
}

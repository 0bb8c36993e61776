package org.entente.application.criteria;

import org.entente.domain.common.RecordKind;
import java.time.LocalDate;
import java.util.Objects;
import org.entente.application.page.Keyset;
import org.entente.domain.common.PartialDate;
import org.entente.domain.geo.Country;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingKind;
import org.entente.domain.person.NameKey;
import org.entente.domain.person.PersonId;
import org.entente.domain.relation.RelationId;

/**
 * Which meetings to list; every absent field matches all. {@code from} and {@code to} are inclusive, and a meeting
 * known only to the month or year matches when its span overlaps them. {@code country} is where the meeting was
 * held; {@code person} one of its attendees; {@code area} one of its cooperation areas, ignoring case and diacritics;
 * {@code withCommitments} only the meetings at which commitments were recorded. Meetings are ordered by start date,
 * then id.
 */
public record MeetingCriteria(RelationId relation, PartialDate from, PartialDate to, Country country, PersonId person,
                              MeetingKind kind, MechanismId mechanism, String area, boolean withCommitments)
        implements Criteria<Meeting> {
    @Override
    public RecordKind recordKind() {
        return RecordKind.MEETING;
    }


    public static final MeetingCriteria ALL = new MeetingCriteria(null, null, null, null, null, null, null, null,
            false);

    public MeetingCriteria {
        DateBounds.check(from, to);
        area = area == null || area.isBlank() ? null : area.strip();
    }

    /** Criteria that do not ask for commitments, as most listings do. */
    public MeetingCriteria(RelationId relation, PartialDate from, PartialDate to, Country country, PersonId person,
                           MeetingKind kind, MechanismId mechanism, String area) {
        this(relation, from, to, country, person, kind, mechanism, area, false);
    }

    public static MeetingCriteria ofRelation(RelationId relation) {
        return new MeetingCriteria(relation, null, null, null, null, null, null, null);
    }

    /** The meetings a person attended. */
    public static MeetingCriteria attendedBy(PersonId person) {
        return new MeetingCriteria(null, null, null, null, person, null, null, null);
    }

    /** The meetings of a relation at which commitments were recorded. */
    public static MeetingCriteria committedIn(RelationId relation) {
        return new MeetingCriteria(relation, null, null, null, null, null, null, null, true);
    }

    /** The meetings that are sessions of a mechanism. */
    public static MeetingCriteria sessionsOf(MechanismId mechanism) {
        return new MeetingCriteria(null, null, null, null, null, null, mechanism, null);
    }

    public MeetingCriteria withRelation(RelationId relationId) {
        return new MeetingCriteria(relationId, from, to, country, person, kind, mechanism, area, withCommitments);
    }

    /** The first day the range admits ({@link LocalDate#MIN} when open). */
    public LocalDate fromDay() {
        return from == null ? LocalDate.MIN : from.first();
    }

    /** The last day the range admits ({@link LocalDate#MAX} when open). */
    public LocalDate toDay() {
        return to == null ? LocalDate.MAX : to.last();
    }

    /** The folded form of {@code area}, as stores compare it. */
    public String areaKey() {
        return area == null ? null : NameKey.fold(area);
    }

    public boolean matches(Meeting m) {
        return (relation == null || relation.equals(m.relation()))
                && (from == null && to == null || spanOverlaps(m))
                && (country == null || country.equals(m.country()))
                && (person == null || m.attendedBy(person))
                && (kind == null || kind == m.kind())
                && (mechanism == null || m.session() != null && mechanism.equals(m.session().mechanism()))
                && (area == null || m.areas().stream().anyMatch(a -> NameKey.fold(a).equals(areaKey())))
                && (!withCommitments || !m.commitments().isEmpty());
    }

    private boolean spanOverlaps(Meeting m) {
        return !m.lastDate().last().isBefore(fromDay()) && !m.startDate().first().isAfter(toDay());
    }

    /**
     * Written out, over the components the generated {@code equals} compares: criteria are the keys of the batches
     * that read nested pages, hashed many times for every parent of a page, and this is cheaper than the generated
     * one.
     */
    @Override
    public int hashCode() {
        int h = Objects.hashCode(relation);
        h = 31 * h + Objects.hashCode(from);
        h = 31 * h + Objects.hashCode(to);
        h = 31 * h + Objects.hashCode(country);
        h = 31 * h + Objects.hashCode(person);
        h = 31 * h + Objects.hashCode(kind);
        h = 31 * h + Objects.hashCode(mechanism);
        h = 31 * h + Objects.hashCode(area);
        return 31 * h + Boolean.hashCode(withCommitments);
    }

    /** The position of a meeting in the order meetings are listed. */
    public static Keyset keyOf(Meeting m) {
        return new Keyset(m.startDate().sortKey(), m.id().value());
    }
}

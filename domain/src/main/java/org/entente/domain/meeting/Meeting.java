package org.entente.domain.meeting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.RecordKind;
import org.entente.domain.common.Reference;
import org.entente.domain.source.Citation;
import org.entente.domain.common.InRelation;
import org.entente.domain.common.DomainException;
import org.entente.domain.common.PartialDate;
import org.entente.domain.common.Require;
import org.entente.domain.geo.Country;
import org.entente.domain.mechanism.MechanismSession;
import org.entente.domain.person.PersonId;
import org.entente.domain.relation.RelationId;
import org.entente.domain.source.Evidence;
import org.entente.domain.visit.VisitId;

/**
 * A meeting of any kind within a relation: talks, a dialogue session, a courtesy call, a reception.
 * It may be a numbered {@code session} of a dialogue mechanism and part of a {@code visit}. Dates may be partial;
 * {@code endDate} is absent for a one-day meeting. The meeting holds who attended and what the sides committed to.
 */
public record Meeting(MeetingId id, RelationId relation, String title, MeetingKind kind, MeetingStatus status,
                      PartialDate startDate, PartialDate endDate, String city, Country country,
                      MechanismSession session, VisitId visit, List<String> areas, List<String> outcomes,
                      List<Attendance> attendances, List<Commitment> commitments, List<Evidence> evidence,
                      long version) implements Aggregate<MeetingId, Meeting>, InRelation {

    public Meeting {
        Require.present(id, "meeting id");
        Require.present(relation, "meeting relation");
        title = Require.text(title, "meeting title");
        Require.present(kind, "meeting kind");
        Require.present(status, "meeting status");
        Require.present(startDate, "meeting start date");
        if (endDate != null && endDate.last().isBefore(startDate.first())) {
            throw new DomainException("MEETING_ENDS_BEFORE_START", "meeting " + id.value() + " ends (" + endDate
                    + ") before it starts (" + startDate + ")");
        }
        city = Require.optionalText(city);
        areas = Require.list(areas, "meeting areas");
        outcomes = Require.list(outcomes, "meeting outcomes");
        attendances = Require.list(attendances, "attendances");
        commitments = Require.list(commitments, "commitments");
        evidence = Require.list(evidence, "meeting evidence");
        Set<String> keys = new HashSet<>();
        Set<PersonId> persons = new HashSet<>();
        for (Attendance a : attendances) {
            Require.that(keys.add(a.key()), "ATTENDANCE_KEY_DUPLICATE", "meeting " + id.value()
                    + " has two attendances keyed " + a.key());
            Require.that(a.person() == null || persons.add(a.person()), "ATTENDANCE_DUPLICATE", "person "
                    + (a.person() == null ? "" : a.person().value()) + " attends meeting " + id.value() + " twice");
        }
        Set<String> commitmentKeys = new HashSet<>();
        for (Commitment c : commitments) {
            Require.that(commitmentKeys.add(c.key()), "COMMITMENT_KEY_DUPLICATE", "meeting " + id.value()
                    + " has two commitments keyed " + c.key());
        }
        Require.version(version);
    }

    /** The last day the meeting may have lasted to. */
    public PartialDate lastDate() {
        return endDate == null ? startDate : endDate;
    }

    public boolean attendedBy(PersonId person) {
        return attendances.stream().anyMatch(a -> person.equals(a.person()));
    }

    public Optional<Attendance> attendance(String key) {
        return attendances.stream().filter(a -> a.key().equals(key)).findFirst();
    }

    /** The meeting with one more attendance. */
    public Meeting attend(Attendance attendance) {
        List<Attendance> next = new ArrayList<>(attendances);
        next.add(Require.present(attendance, "attendance"));
        return with(next, commitments);
    }

    /** The meeting without the attendance {@code key}; refused if there is none. */
    public Meeting withdraw(String key) {
        if (attendance(key).isEmpty()) {
            throw new DomainException("ATTENDANCE_NOT_FOUND", "meeting " + id.value() + " has no attendance keyed " + key);
        }
        return with(attendances.stream().filter(a -> !a.key().equals(key)).toList(), commitments);
    }

    /** The key a new commitment gets here: {@code given}, or {@code c<n>} for the n-th commitment when none is given. */
    public String commitmentKey(String given) {
        return given != null ? given : "c" + (commitments.size() + 1);
    }

    /** The meeting with one more commitment recorded. */
    public Meeting commit(Commitment commitment) {
        List<Commitment> next = new ArrayList<>(commitments);
        next.add(Require.present(commitment, "commitment"));
        return with(attendances, next);
    }

    /** The meeting under another title. */
    public Meeting retitle(String newTitle) {
        return new Meeting(id, relation, newTitle, kind, status, startDate, endDate, city, country, session, visit,
                areas, outcomes, attendances, commitments, evidence, version);
    }

    /** The meeting moved to other dates. */
    public Meeting reschedule(PartialDate start, PartialDate end) {
        return new Meeting(id, relation, title, kind, status, start, end, city, country, session, visit,
                areas, outcomes, attendances, commitments, evidence, version);
    }

    /** The meeting with another status, such as a proposed session that was held. */
    public Meeting markAs(MeetingStatus newStatus) {
        return new Meeting(id, relation, title, kind, newStatus, startDate, endDate, city, country, session, visit,
                areas, outcomes, attendances, commitments, evidence, version);
    }

    /** Refuses persons who did not attend this meeting: only attendees can sign or witness what it concludes. */
    public void requireAttended(List<PersonId> persons, String rule, String role) {
        for (PersonId person : persons) {
            if (!attendedBy(person)) {
                throw new NotAttendedException(rule, person, "person " + person.value() + " is named " + role + " at meeting "
                        + id.value() + " but did not attend it");
            }
        }
    }

    /**
     * The meeting with {@code merged}'s attendance given to {@code survivor}: where the survivor attended too, the
     * two become one with the roles and evidence of both (the survivor's key and title kept). Unchanged when
     * {@code merged} did not attend.
     */
    public Meeting reattribute(PersonId merged, PersonId survivor) {
        Optional<Attendance> moving = attendances.stream().filter(a -> merged.equals(a.person())).findFirst();
        if (moving.isEmpty()) {
            return this;
        }
        Optional<Attendance> staying = attendances.stream().filter(a -> survivor.equals(a.person())).findFirst();
        List<Attendance> next = new ArrayList<>();
        for (Attendance a : attendances) {
            if (a == moving.get()) {
                if (staying.isEmpty()) {
                    next.add(a.by(survivor));
                }
            } else if (staying.isPresent() && a == staying.get()) {
                next.add(a.joinedWith(moving.get()));
            } else {
                next.add(a);
            }
        }
        return with(next, commitments);
    }

    private Meeting with(List<Attendance> newAttendances, List<Commitment> newCommitments) {
        return new Meeting(id, relation, title, kind, status, startDate, endDate, city, country, session, visit,
                areas, outcomes, newAttendances, newCommitments, evidence, version);
    }

    @Override
    public List<Citation> citations() {
        return Citation.all(Citation.of("evidence", evidence),
                Citation.ofEach("attendances", attendances, Attendance::evidence),
                Citation.ofEach("commitments", commitments, Commitment::evidence));
    }

    @Override
    public List<Reference> references() {
        return Reference.all(Reference.to("relation", RecordKind.RELATION, relation),
                Reference.to("visit", RecordKind.VISIT, visit),
                Reference.to("session.mechanism", RecordKind.MECHANISM, session == null ? null : session.mechanism()),
                Reference.toEach("attendances", "person", RecordKind.PERSON, attendances, Attendance::person));
    }

    @Override
    public Meeting withVersion(long version) {
        return new Meeting(id, relation, title, kind, status, startDate, endDate, city, country, session, visit,
                areas, outcomes, attendances, commitments, evidence, version);
    }
}

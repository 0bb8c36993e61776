package org.entente.storage.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.entente.application.criteria.MeetingCriteria;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.Meetings;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.person.PersonId;

/** Meetings in memory, one per session number of a mechanism. */
final class InMemoryMeetings extends InMemoryStore<MeetingId, Meeting> implements Meetings {
    private static final Comparator<Meeting> IN_ORDER = Comparator.comparing(MeetingCriteria::keyOf);

    InMemoryMeetings(InMemoryUnits units) {
        super(units, "meeting", new NaturalKey<>("SESSION_NUMBER_TAKEN", "session",
                m -> m.session() == null ? null : m.session().key()));
    }

    @Override
    public Page<Meeting> page(MeetingCriteria criteria, PageRequest request) {
        return page(criteria::matches, MeetingCriteria::keyOf, request);
    }

    @Override
    public long count(MeetingCriteria criteria) {
        return countWhere(criteria::matches);
    }

    @Override
    public List<Meeting> findSessionsOf(Collection<MechanismId> mechanisms) {
        Set<MechanismId> wanted = Set.copyOf(mechanisms);
        return where(m -> m.session() != null && wanted.contains(m.session().mechanism()), IN_ORDER);
    }

    @Override
    public List<Meeting> findAttendedBy(Collection<PersonId> persons) {
        Set<PersonId> wanted = Set.copyOf(persons);
        return where(m -> m.attendances().stream().anyMatch(a -> a.person() != null && wanted.contains(a.person())),
                IN_ORDER);
    }
}

package org.entente.application.port.out;

import java.util.Collection;
import java.util.List;
import org.entente.application.criteria.MeetingCriteria;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.person.PersonId;

/**
 * The stored meetings. A session number is unique within its mechanism: saving a second meeting as the same
 * session is refused with {@link org.entente.domain.common.DuplicateKeyException}.
 */
public interface Meetings extends AggregateStore<MeetingId, Meeting> {
    /** A page of the meetings matching, in {@link MeetingCriteria#keyOf} order. */
    Page<Meeting> page(MeetingCriteria criteria, PageRequest request);

    long count(MeetingCriteria criteria);

    /** The meetings that are sessions of any of these mechanisms, in one round trip, in meeting order. */
    List<Meeting> findSessionsOf(Collection<MechanismId> mechanisms);

    /** The meetings any of these persons attended, in one round trip, in meeting order. */
    List<Meeting> findAttendedBy(Collection<PersonId> persons);
}

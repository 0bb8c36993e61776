package org.entente.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.entente.application.criteria.MeetingCriteria;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;

/**
 * The stored meetings. A session number is unique within its mechanism: saving a second meeting as the same
 * session is refused with {@link org.entente.domain.common.DuplicateKeyException}.
 */
public interface Meetings extends AggregateStore<MeetingId, Meeting>, ListedBy<MeetingCriteria, Meeting> {
    /** The meetings that are sessions of any of these mechanisms, in one round trip, in meeting order. */
    List<Meeting> findSessionsOf(Collection<MechanismId> mechanisms);

    /**
     * How many commitments the meetings matching each criteria hold in all, in one round trip, summed by the store
     * rather than read; every criteria asked for is in the map.
     */
    Map<MeetingCriteria, Long> commitmentCounts(Collection<MeetingCriteria> criteria);
}

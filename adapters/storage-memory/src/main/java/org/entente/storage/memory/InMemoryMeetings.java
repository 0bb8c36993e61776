package org.entente.storage.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.entente.application.criteria.MeetingCriteria;
import org.entente.application.port.out.Meetings;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.meeting.Attendance;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.person.NameKey;

/**
 * Meetings in memory, one per session number of a mechanism, in meeting order under each attendee, each
 * mechanism, each relation (and apart from it, the relation's meetings with commitments), each host country and
 * each area.
 */
final class InMemoryMeetings extends InMemoryListedStore<MeetingId, Meeting, MeetingCriteria> implements Meetings {
    private static final int MECHANISM = 1;
    private static final String ANY = "*";
    /** The commitments of each relation's meetings, and (under "*") of all: kept as meetings change. */
    private final Map<String, Long> commitmentsOf = new java.util.HashMap<>();

    InMemoryMeetings(InMemoryUnits units) {
        super(units, "meeting", new NaturalKey<>("SESSION_NUMBER_TAKEN", "session",
                m -> m.session() == null ? null : m.session().key()), new OrderedIndex<>(MeetingCriteria::keyOf,
                MeetingCriteria::matches, List.of(
                        new OrderedIndex.Dimension<>(c -> c.person() == null ? null : c.person().value(),
                                m -> m.attendances().stream().map(Attendance::person).filter(Objects::nonNull)
                                        .map(p -> p.value()).distinct().toList()),
                        new OrderedIndex.Dimension<>(c -> c.mechanism() == null ? null : c.mechanism().value(),
                                m -> m.session() == null ? List.of() : List.of(m.session().mechanism().value())),
                        // the meetings with commitments, of each relation and (under "*") of all
                        new OrderedIndex.Dimension<>(c -> !c.withCommitments() ? null
                                : c.relation() == null ? ANY : c.relation().value(),
                                m -> m.commitments().isEmpty() ? List.of() : List.of(m.relation().value(), ANY)),
                        new OrderedIndex.Dimension<>(c -> c.relation() == null || c.withCommitments() ? null
                                : c.relation().value(), m -> List.of(m.relation().value())),
                        new OrderedIndex.Dimension<>(MeetingCriteria::areaKey, m -> m.areas().stream()
                                .map(NameKey::fold).distinct().toList()),
                        new OrderedIndex.Dimension<>(c -> c.country() == null ? null : c.country().code(),
                                m -> m.country() == null ? List.of() : List.of(m.country().code()))),
                m -> new OrderedIndex.Span(m.startDate().first(), m.lastDate().last()),
                c -> c.from() == null && c.to() == null ? null : new OrderedIndex.Span(
                        c.from() == null ? null : c.from().first(), c.to() == null ? null : c.to().last()),
                c -> c.kind() == null));
    }

    @Override
    public List<Meeting> findSessionsOf(Collection<MechanismId> mechanisms) {
        return read(() -> {
            List<Meeting> sessions = new ArrayList<>();
            new LinkedHashSet<>(mechanisms).forEach(m -> sessions.addAll(index().under(MECHANISM, m.value())));
            sessions.sort(Comparator.comparing(MeetingCriteria::keyOf));
            return sessions;
        });
    }

    @Override
    void indexedAlso(Meeting removed, Meeting added) {
        if (removed != null) {
            tally(removed, -1);
        }
        if (added != null) {
            tally(added, 1);
        }
    }

    /**
     * The sum of the commitments of the meetings each criteria selects: kept for a relation's meetings and for all
     * of them; any other criteria's meetings are read from its range of the index.
     */
    @Override
    public Map<MeetingCriteria, Long> commitmentCounts(Collection<MeetingCriteria> criteria) {
        return read(() -> {
            Map<MeetingCriteria, Long> sums = new LinkedHashMap<>();
            for (MeetingCriteria c : criteria) {
                sums.computeIfAbsent(c, k -> {
                    String kept = kept(k);
                    return kept != null ? commitmentsOf.getOrDefault(kept, 0L)
                            : index().all(k).stream().mapToLong(m -> m.commitments().size()).sum();
                });
            }
            return sums;
        });
    }

    private void tally(Meeting meeting, int sign) {
        long commitments = meeting.commitments().size();
        if (commitments > 0) {
            commitmentsOf.merge(meeting.relation().value(), sign * commitments, Long::sum);
            commitmentsOf.merge(ANY, sign * commitments, Long::sum);
        }
    }

    /** The key of a kept sum that answers the criteria, if one does: it asks for a relation at most. */
    private static String kept(MeetingCriteria c) {
        MeetingCriteria plain = new MeetingCriteria(c.relation(), null, null, null, null, null, null, null,
                c.withCommitments());
        return !plain.equals(c) ? null : c.relation() == null ? ANY : c.relation().value();
    }
}

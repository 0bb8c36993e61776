package org.entente.application.port.in;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.AggregateId;
import org.entente.domain.common.RecordKind;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.relation.RelationId;

/**
 * Loads records in batches, for clients that resolve many references at once: each method costs one storage
 * round trip whatever the number of ids. Ids that name nothing are absent from the maps.
 */
public interface LoadRecords {
    /**
     * The records of {@code kind} named by {@code localIds}, by local id, in one round trip (a merged person's id
     * answers the survivor, as {@link #byId} does); ids that name nothing are absent.
     */
    Map<String, Aggregate<?, ?>> records(RecordKind kind, Collection<String> localIds);

    /**
     * The records of the aggregate class {@code type} named by {@code ids}, in one round trip (a merged person's id
     * answers the survivor, in at most one more): {@code byId(Meeting.class, meetingIds)}.
     */
    <I extends AggregateId, A extends Aggregate<I, A>> Map<I, A> byId(Class<A> type, Collection<I> ids);

    /** The mechanisms of each relation, ordered by id; a relation with none maps to an empty list. */
    Map<RelationId, List<DialogueMechanism>> mechanismsOf(Collection<RelationId> relations);

    /** The mechanism each mechanism was upgraded into, where there is one. */
    Map<MechanismId, DialogueMechanism> successorsOf(Collection<MechanismId> mechanisms);

    /** The meetings that are sessions of each mechanism, ordered by session number. */
    Map<MechanismId, List<Meeting>> sessionsOf(Collection<MechanismId> mechanisms);

    /** The instruments concluded at each meeting, in instrument order. */
    Map<MeetingId, List<Instrument>> instrumentsConcludedAt(Collection<MeetingId> meetings);

}

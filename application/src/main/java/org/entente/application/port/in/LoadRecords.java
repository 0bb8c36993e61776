package org.entente.application.port.in;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.RecordKind;
import org.entente.domain.event.Event;
import org.entente.domain.event.EventId;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.instrument.InstrumentId;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.invitation.InvitationId;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.organization.Organization;
import org.entente.domain.organization.OrganizationId;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.relation.RelationId;
import org.entente.domain.source.Source;
import org.entente.domain.source.SourceId;
import org.entente.domain.visit.Visit;
import org.entente.domain.visit.VisitId;

/**
 * Loads records in batches, for clients that resolve many references at once: each method costs one storage
 * round trip whatever the number of ids. Ids that name nothing are absent from the maps.
 */
public interface LoadRecords {
    /**
     * The records of {@code kind} named by {@code localIds}, by local id, in one round trip (a merged person's id
     * answers the survivor, as {@link #persons} does); ids that name nothing are absent.
     */
    Map<String, Aggregate<?, ?>> records(RecordKind kind, Collection<String> localIds);

    Map<RelationId, BilateralRelation> relations(Collection<RelationId> ids);

    /** The persons; the id of a person merged into another answers the survivor (at most one more round trip). */
    Map<PersonId, Person> persons(Collection<PersonId> ids);

    Map<OrganizationId, Organization> organizations(Collection<OrganizationId> ids);

    Map<SourceId, Source> sources(Collection<SourceId> ids);

    Map<MechanismId, DialogueMechanism> mechanisms(Collection<MechanismId> ids);

    Map<VisitId, Visit> visits(Collection<VisitId> ids);

    Map<MeetingId, Meeting> meetings(Collection<MeetingId> ids);

    Map<InstrumentId, Instrument> instruments(Collection<InstrumentId> ids);

    Map<InvitationId, Invitation> invitations(Collection<InvitationId> ids);

    Map<EventId, Event> events(Collection<EventId> ids);

    /** The mechanisms of each relation, ordered by id; a relation with none maps to an empty list. */
    Map<RelationId, List<DialogueMechanism>> mechanismsOf(Collection<RelationId> relations);

    /** The mechanism each mechanism was upgraded into, where there is one. */
    Map<MechanismId, DialogueMechanism> successorsOf(Collection<MechanismId> mechanisms);

    /** The meetings that are sessions of each mechanism, ordered by session number. */
    Map<MechanismId, List<Meeting>> sessionsOf(Collection<MechanismId> mechanisms);

    /** The instruments concluded at each meeting, in instrument order. */
    Map<MeetingId, List<Instrument>> instrumentsConcludedAt(Collection<MeetingId> meetings);

}

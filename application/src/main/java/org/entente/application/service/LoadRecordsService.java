package org.entente.application.service;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.application.port.in.LoadRecords;
import org.entente.application.port.out.AggregateStore;
import org.entente.application.port.out.Storage;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.AggregateId;
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

public final class LoadRecordsService implements LoadRecords {
    private final Storage storage;

    public LoadRecordsService(Storage storage) {
        this.storage = storage;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Map<String, Aggregate<?, ?>> records(RecordKind kind, Collection<String> localIds) {
        List<AggregateId> ids = localIds.stream().map(kind::idOf).map(AggregateId.class::cast).toList();
        Map<? extends AggregateId, ? extends Aggregate<?, ?>> found = kind == RecordKind.PERSON
                ? persons((List) ids) : ((AggregateStore) storage.of(kind)).findAllById(ids);
        Map<String, Aggregate<?, ?>> byLocalId = new LinkedHashMap<>();
        found.forEach((id, record) -> byLocalId.put(id.value(), record));
        return byLocalId;
    }

    @Override
    public Map<RelationId, BilateralRelation> relations(Collection<RelationId> ids) {
        return storage.relations().findAllById(ids);
    }

    /** A tombstone's id answers its survivor, found in one more batch at most (merges never chain). */
    @Override
    public Map<PersonId, Person> persons(Collection<PersonId> ids) {
        Map<PersonId, Person> found = storage.persons().findAllById(ids);
        List<PersonId> survivors = found.values().stream().filter(Person::isTombstone).map(Person::mergedInto)
                .filter(id -> !found.containsKey(id)).distinct().toList();
        Map<PersonId, Person> more = survivors.isEmpty() ? Map.of() : storage.persons().findAllById(survivors);
        Map<PersonId, Person> answered = new LinkedHashMap<>();
        found.forEach((id, person) -> {
            Person answer = person.isTombstone() ? found.getOrDefault(person.mergedInto(), more.get(person.mergedInto()))
                    : person;
            if (answer != null && !answer.isTombstone()) {
                answered.put(id, answer);
            }
        });
        return answered;
    }

    @Override
    public Map<OrganizationId, Organization> organizations(Collection<OrganizationId> ids) {
        return storage.organizations().findAllById(ids);
    }

    @Override
    public Map<SourceId, Source> sources(Collection<SourceId> ids) {
        return storage.sources().findAllById(ids);
    }

    @Override
    public Map<MechanismId, DialogueMechanism> mechanisms(Collection<MechanismId> ids) {
        return storage.mechanisms().findAllById(ids);
    }

    @Override
    public Map<VisitId, Visit> visits(Collection<VisitId> ids) {
        return storage.visits().findAllById(ids);
    }

    @Override
    public Map<MeetingId, Meeting> meetings(Collection<MeetingId> ids) {
        return storage.meetings().findAllById(ids);
    }

    @Override
    public Map<InstrumentId, Instrument> instruments(Collection<InstrumentId> ids) {
        return storage.instruments().findAllById(ids);
    }

    @Override
    public Map<InvitationId, Invitation> invitations(Collection<InvitationId> ids) {
        return storage.invitations().findAllById(ids);
    }

    @Override
    public Map<EventId, Event> events(Collection<EventId> ids) {
        return storage.events().findAllById(ids);
    }

    @Override
    public Map<RelationId, List<DialogueMechanism>> mechanismsOf(Collection<RelationId> relations) {
        return group(relations, storage.mechanisms().findByRelations(relations), DialogueMechanism::relation,
                Comparator.comparing(m -> m.id().value()));
    }

    @Override
    public Map<MechanismId, DialogueMechanism> successorsOf(Collection<MechanismId> mechanisms) {
        Map<MechanismId, DialogueMechanism> successors = new LinkedHashMap<>();
        for (DialogueMechanism successor : storage.mechanisms().findByPredecessors(mechanisms)) {
            successors.putIfAbsent(successor.predecessor(), successor);
        }
        return successors;
    }

    @Override
    public Map<MechanismId, List<Meeting>> sessionsOf(Collection<MechanismId> mechanisms) {
        return group(mechanisms, storage.meetings().findSessionsOf(mechanisms), m -> m.session().mechanism(),
                Comparator.comparingInt(m -> m.session().number()));
    }

    @Override
    public Map<MeetingId, List<Instrument>> instrumentsConcludedAt(Collection<MeetingId> meetings) {
        return group(meetings, storage.instruments().findConcludedAt(meetings), Instrument::meeting,
                Comparator.comparing(org.entente.application.criteria.InstrumentCriteria::keyOf));
    }

    /** Each key with the items that belong to it, sorted; keys without items map to an empty list. */
    private static <K, T> Map<K, List<T>> group(Collection<K> keys, List<T> items, Function<T, K> keyOf,
                                                Comparator<T> order) {
        Map<K, List<T>> byKey = items.stream().collect(Collectors.groupingBy(keyOf));
        Map<K, List<T>> grouped = new LinkedHashMap<>();
        for (K key : keys) {
            grouped.put(key, byKey.getOrDefault(key, List.of()).stream().sorted(order).toList());
        }
        return grouped;
    }
}

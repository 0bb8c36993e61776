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
import org.entente.domain.instrument.Instrument;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;
import org.entente.domain.relation.RelationId;

public final class LoadRecordsService implements LoadRecords {
    private final Storage storage;

    public LoadRecordsService(Storage storage) {
        this.storage = storage;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Map<String, Aggregate<?, ?>> records(RecordKind kind, Collection<String> localIds) {
        List<AggregateId> ids = localIds.stream().map(kind::idOf).map(AggregateId.class::cast).toList();
        Map<String, Aggregate<?, ?>> byLocalId = new LinkedHashMap<>();
        byId((Class) kind.type(), ids).forEach((id, record) -> byLocalId.put(((AggregateId) id).value(),
                (Aggregate<?, ?>) record));
        return byLocalId;
    }

    /** The store of {@code type}'s kind holds its records by their ids, so the cast is the kind's own. */
    @Override
    @SuppressWarnings("unchecked")
    public <I extends AggregateId, A extends Aggregate<I, A>> Map<I, A> byId(Class<A> type, Collection<I> ids) {
        if (type == Person.class) {
            return (Map<I, A>) persons((Collection<PersonId>) ids);
        }
        return ((AggregateStore<I, A>) storage.of(RecordKind.of(type))).findAllById(ids);
    }

    /** A tombstone's id answers its survivor, found in one more batch at most (merges never chain). */
    private Map<PersonId, Person> persons(Collection<PersonId> ids) {
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

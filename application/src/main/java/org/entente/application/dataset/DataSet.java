package org.entente.application.dataset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.RecordKind;
import org.entente.domain.event.Event;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.organization.Organization;
import org.entente.domain.person.Person;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.source.Source;
import org.entente.domain.visit.Visit;

/**
 * Everything a curated file states, as aggregates of the model: what an import stores and an export writes, the
 * records of each {@link RecordKind} in a list of their own (empty when the file has none of them).
 * Aggregates in a data set to be imported are at version 0; an export carries the stored versions.
 */
public record DataSet(Map<RecordKind, List<Aggregate<?, ?>>> records) {
    public DataSet {
        Map<RecordKind, List<Aggregate<?, ?>>> every = new EnumMap<>(RecordKind.class);
        for (RecordKind kind : RecordKind.values()) {
            List<Aggregate<?, ?>> ofKind = List.copyOf(records.getOrDefault(kind, List.of()));
            for (Aggregate<?, ?> record : ofKind) {
                if (record.recordKind() != kind) {
                    throw new IllegalArgumentException("the " + record.recordKind().word() + " "
                            + record.id().value() + " stands among the records of kind '" + kind.word() + "'");
                }
            }
            every.put(kind, ofKind);
        }
        records = Collections.unmodifiableMap(every);
    }

    /** The set whose records of each kind are {@code recordsOf(kind)}, asked once for every kind. */
    public static DataSet of(Function<RecordKind, ? extends List<? extends Aggregate<?, ?>>> recordsOf) {
        Map<RecordKind, List<Aggregate<?, ?>>> records = new EnumMap<>(RecordKind.class);
        for (RecordKind kind : RecordKind.values()) {
            records.put(kind, List.copyOf(recordsOf.apply(kind)));
        }
        return new DataSet(records);
    }

    /** The set of {@code records}, each among those of its kind, in the order given. */
    public static DataSet of(Collection<? extends Aggregate<?, ?>> records) {
        Map<RecordKind, List<Aggregate<?, ?>>> byKind = new EnumMap<>(RecordKind.class);
        records.forEach(r -> byKind.computeIfAbsent(r.recordKind(), kind -> new ArrayList<>()).add(r));
        return new DataSet(byKind);
    }

    /** The records of {@code kind}. */
    public List<Aggregate<?, ?>> of(RecordKind kind) {
        return records.get(kind);
    }

    /** The records of the aggregate class {@code type}, typed. */
    @SuppressWarnings("unchecked")
    public <A extends Aggregate<?, A>> List<A> of(Class<A> type) {
        return (List<A>) (List<?>) records.get(RecordKind.of(type));
    }

    public int size() {
        return records.values().stream().mapToInt(List::size).sum();
    }

    // The typed lists, for the checks and the file sections of each kind.

    public List<Source> sources() {
        return of(Source.class);
    }

    public List<Organization> organizations() {
        return of(Organization.class);
    }

    public List<Person> persons() {
        return of(Person.class);
    }

    public List<BilateralRelation> relations() {
        return of(BilateralRelation.class);
    }

    public List<DialogueMechanism> mechanisms() {
        return of(DialogueMechanism.class);
    }

    public List<Visit> visits() {
        return of(Visit.class);
    }

    public List<Meeting> meetings() {
        return of(Meeting.class);
    }

    public List<Instrument> instruments() {
        return of(Instrument.class);
    }

    public List<Invitation> invitations() {
        return of(Invitation.class);
    }

    public List<Event> events() {
        return of(Event.class);
    }
}

package org.entente.application.dataset;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.application.port.out.AggregateStore;
import org.entente.application.port.out.Storage;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.AggregateId;
import org.entente.domain.common.DomainException;
import org.entente.domain.common.PartialDate;
import org.entente.domain.common.RecordKind;
import org.entente.domain.common.Reference;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.mechanism.MechanismSession;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.relation.RelationId;
import org.entente.domain.source.Citation;
import org.entente.domain.source.Source;

/**
 * Checks a data set whole before anything of it is stored: every reference resolves (within the set or in the
 * store), every quote stands verbatim in its source, signatories and witnesses attended, session numbers and
 * country pairs are unique, upgrades follow the predecessor's last session. Each problem names record and field.
 * What a record refers to and cites it says itself ({@link Aggregate#references()}, {@link Aggregate#citations()}),
 * so those checks are the same for every kind; the rules across records are the model's own methods.
 */
final class DataSetInspection {
    private final DataSet set;
    private final Storage storage;
    private final List<DataSetProblem> problems = new ArrayList<>();

    /** The records of each kind that the set holds or refers to and that are stored, by id. */
    private final Map<RecordKind, Map<AggregateId, Aggregate<?, ?>>> known = new EnumMap<>(RecordKind.class);

    DataSetInspection(DataSet set, Storage storage) {
        this.set = set;
        this.storage = storage;
        Map<RecordKind, Set<AggregateId>> referenced = referenced(set);
        for (RecordKind kind : RecordKind.values()) {
            known.put(kind, known(set.of(kind), storage.of(kind), referenced.getOrDefault(kind, Set.of())));
        }
    }

    List<DataSetProblem> problems() {
        set.records().values().forEach(records -> records.forEach(this::citations));
        set.records().values().forEach(records -> records.forEach(this::references));
        checkRelations();
        checkMechanisms();
        checkMeetings();
        checkInstruments();
        checkInvitations();
        return problems;
    }

    private void checkRelations() {
        Map<String, RelationId> byPair = new HashMap<>();
        for (BilateralRelation r : set.relations()) {
            RelationId other = byPair.putIfAbsent(r.countries().key(), r.id());
            if (other != null) {
                problem(record(r), "countries", "relation " + other.value() + " is already between "
                        + r.countries().key() + "; one relation per country pair");
            }
            storage.relations().findByCountries(r.countries())
                    .filter(stored -> !stored.id().equals(r.id()))
                    .ifPresent(stored -> problem(record(r), "countries", "stored relation "
                            + stored.id().value() + " is already between " + r.countries().key()));
        }
    }

    private void checkMechanisms() {
        for (DialogueMechanism m : set.mechanisms()) {
            DialogueMechanism predecessor = known(RecordKind.MECHANISM, m.predecessor(), DialogueMechanism.class);
            if (predecessor != null) {
                PartialDate lastSession = lastSessionOf(m.predecessor());
                broken(record(m), "upgradedOn", () -> DialogueMechanism.established(m.id(), m.relation(), m.name(),
                        m.format(), List.of()).upgradeOf(predecessor, m.upgradedOn(), lastSession, List.of()));
            }
        }
    }

    private PartialDate lastSessionOf(MechanismId mechanism) {
        Map<MeetingId, Meeting> sessions = new HashMap<>();
        storage.meetings().findSessionsOf(List.of(mechanism)).forEach(s -> sessions.put(s.id(), s));
        set.meetings().stream().filter(s -> s.session() != null && s.session().mechanism().equals(mechanism))
                .forEach(s -> sessions.put(s.id(), s));
        return sessions.values().stream().map(Meeting::lastDate).max(PartialDate::compareTo).orElse(null);
    }

    private void checkMeetings() {
        Map<String, MeetingId> bySession = new HashMap<>();
        List<MechanismId> mechanismIds = set.meetings().stream().filter(m -> m.session() != null)
                .map(m -> m.session().mechanism()).distinct().toList();
        for (Meeting stored : storage.meetings().findSessionsOf(mechanismIds)) {
            bySession.put(stored.session().key(), stored.id());
        }
        Set<String> seen = new HashSet<>();
        for (Meeting m : set.meetings()) {
            if (m.session() == null) {
                continue;
            }
            String rec = record(m);
            DialogueMechanism mechanism = known(RecordKind.MECHANISM, m.session().mechanism(), DialogueMechanism.class);
            if (mechanism != null) {
                broken(rec, "session.mechanism", () -> MechanismSession.of(mechanism, m.relation(),
                        m.session().number()));
            }
            MeetingId holder = bySession.get(m.session().key());
            if (!seen.add(m.session().key()) || holder != null && !holder.equals(m.id())) {
                problem(rec, "session.number", "session " + m.session().number() + " of mechanism "
                        + m.session().mechanism().value() + " is already another meeting");
            }
        }
    }

    private void checkInstruments() {
        for (Instrument in : set.instruments()) {
            Meeting at = known(RecordKind.MEETING, in.meeting(), Meeting.class);
            if (at != null) {
                String rec = record(in);
                broken(rec, "signatories", () -> Instrument.concludedAt(at, in.id(), in.title(), in.kind(),
                        in.binding(), in.status(), in.parties(), in.signatories(), in.witnesses(), in.areas(),
                        in.evidence()));
                if (!at.relation().equals(in.relation())) {
                    problem(rec, "meeting", "meeting " + at.id().value() + " belongs to another relation");
                }
            }
        }
    }

    private void checkInvitations() {
        for (Invitation inv : set.invitations()) {
            Meeting at = known(RecordKind.MEETING, inv.extendedAt(), Meeting.class);
            if (at != null) {
                broken(record(inv), "conveyedBy", () -> Invitation.extendedAt(at, inv.id(), inv.inviter(),
                        inv.invitee(), inv.purpose(), inv.conveyedBy(), inv.evidence()));
            }
        }
    }

    private void citations(Aggregate<?, ?> a) {
        for (Citation c : a.citations()) {
            Source source = known(RecordKind.SOURCE, c.evidence().source(), Source.class);
            if (source == null) {
                problem(record(a), c.field() + ".source", "source " + c.evidence().source().value()
                        + " is neither in the data set nor stored");
            } else if (!source.attests(c.evidence())) {
                problem(record(a), c.field() + ".quote", "the quote '" + c.evidence().quote()
                        + "' does not stand verbatim at offset " + c.evidence().offset() + " of source "
                        + source.id().value());
            }
        }
    }

    /** Every reference of {@code a} names a record of the set or a stored one. */
    private void references(Aggregate<?, ?> a) {
        for (Reference r : a.references()) {
            if (!known.get(r.kind()).containsKey(r.id())) {
                problem(record(a), r.field(), r.id().value() + " is neither in the data set nor stored");
            }
        }
    }

    /** The known record of {@code kind} named {@code id}; null when none is (or no id is given). */
    private <A> A known(RecordKind kind, AggregateId id, Class<A> type) {
        return id == null ? null : type.cast(known.get(kind).get(id));
    }

    /** Runs a rule of the model on a record of the set (the same rule a mutation runs), noting it when broken. */
    private void broken(String record, String field, Runnable rule) {
        try {
            rule.run();
        } catch (DomainException e) {
            problems.add(new DataSetProblem(record, field, e.getMessage(), e.rule()));
        }
    }

    private void problem(String record, String field, String message) {
        problems.add(new DataSetProblem(record, field, message));
    }

    private static String record(Aggregate<?, ?> a) {
        return a.recordKind().word() + " " + a.id().value();
    }

    /** The ids each kind is referred to by in the set: its records' references and the sources they cite. */
    private static Map<RecordKind, Set<AggregateId>> referenced(DataSet set) {
        Map<RecordKind, Set<AggregateId>> ids = new EnumMap<>(RecordKind.class);
        for (List<Aggregate<?, ?>> records : set.records().values()) {
            for (Aggregate<?, ?> a : records) {
                a.references().forEach(r -> ids.computeIfAbsent(r.kind(), kind -> new HashSet<>()).add(r.id()));
                a.citations().forEach(c -> ids.computeIfAbsent(RecordKind.SOURCE, kind -> new HashSet<>())
                        .add(c.evidence().source()));
            }
        }
        return ids;
    }

    /** The records of the set, and those the set refers to that are already stored (one round trip, if any). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<AggregateId, Aggregate<?, ?>> known(List<Aggregate<?, ?>> inSet, AggregateStore<?, ?> store,
                                                           Set<AggregateId> referenced) {
        Map<AggregateId, Aggregate<?, ?>> known = new HashMap<>();
        if (!referenced.isEmpty()) {
            known.putAll(((AggregateStore) store).findAllById(referenced));
        }
        inSet.forEach(a -> known.put(a.id(), a));
        return known;
    }
}

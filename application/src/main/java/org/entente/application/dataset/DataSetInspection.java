package org.entente.application.dataset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.application.port.out.AggregateStore;
import org.entente.application.port.out.Storage;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.AggregateId;
import org.entente.domain.common.DomainException;
import org.entente.domain.common.InRelation;
import org.entente.domain.common.PartialDate;
import org.entente.domain.event.Event;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.instrument.Party;
import org.entente.domain.instrument.Signatory;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.mechanism.MechanismSession;
import org.entente.domain.meeting.Attendance;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.organization.Organization;
import org.entente.domain.organization.OrganizationId;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;
import org.entente.domain.person.Post;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.relation.PartnershipLevel;
import org.entente.domain.relation.RelationId;
import org.entente.domain.source.Citation;
import org.entente.domain.source.Source;
import org.entente.domain.source.SourceId;
import org.entente.domain.visit.Visit;
import org.entente.domain.visit.VisitId;

/**
 * Checks a data set whole before anything of it is stored: every reference resolves (within the set or in the
 * store), every quote stands verbatim in its source, signatories and witnesses attended, session numbers and
 * country pairs are unique, upgrades follow the predecessor's last session. Each problem names record and field.
 */
final class DataSetInspection {
    private final DataSet set;
    private final Storage storage;
    private final List<DataSetProblem> problems = new ArrayList<>();

    private final Map<SourceId, Source> sources;
    private final Map<OrganizationId, Organization> organizations;
    private final Map<PersonId, Person> persons;
    private final Map<RelationId, BilateralRelation> relations;
    private final Map<MechanismId, DialogueMechanism> mechanisms;
    private final Map<VisitId, Visit> visits;
    private final Map<MeetingId, Meeting> meetings;

    DataSetInspection(DataSet set, Storage storage) {
        this.set = set;
        this.storage = storage;
        sources = known(set.sources(), storage.sources(), referencedSources(set));
        organizations = known(set.organizations(), storage.organizations(), referencedOrganizations(set));
        persons = known(set.persons(), storage.persons(), referencedPersons(set));
        relations = known(set.relations(), storage.relations(), referencedRelations(set));
        mechanisms = known(set.mechanisms(), storage.mechanisms(), referencedMechanisms(set));
        visits = known(set.visits(), storage.visits(),
                set.meetings().stream().map(Meeting::visit).filter(Objects::nonNull).collect(Collectors.toSet()));
        meetings = known(set.meetings(), storage.meetings(), referencedMeetings(set));
    }

    List<DataSetProblem> problems() {
        set.records().values().forEach(records -> records.forEach(this::citations));
        checkPersons();
        checkRelations();
        checkMechanisms();
        checkVisits();
        checkMeetings();
        checkInstruments();
        checkInvitations();
        checkEvents();
        return problems;
    }

    private void checkPersons() {
        for (Person p : set.persons()) {
            for (int i = 0; i < p.posts().size(); i++) {
                Post post = p.posts().get(i);
                ref(record(p), "posts[" + i + "].organization", post.organization(), organizations);
            }
            ref(record(p), "mergedInto", p.mergedInto(), persons);
        }
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
            for (int i = 0; i < r.levels().size(); i++) {
                PartnershipLevel level = r.levels().get(i);
                ref(record(r), "levels[" + i + "].announcedAt", level.announcedAt(), meetings);
            }
        }
    }

    private void checkMechanisms() {
        for (DialogueMechanism m : set.mechanisms()) {
            String rec = record(m);
            ref(rec, "relation", m.relation(), relations);
            if (m.predecessor() != null && ref(rec, "predecessor", m.predecessor(), mechanisms)) {
                DialogueMechanism predecessor = mechanisms.get(m.predecessor());
                PartialDate lastSession = lastSessionOf(m.predecessor());
                try {
                    DialogueMechanism.established(m.id(), m.relation(), m.name(), m.format(), List.of())
                            .upgradeOf(predecessor, m.upgradedOn(), lastSession, List.of());
                } catch (DomainException e) {
                    problems.add(new DataSetProblem(rec, "upgradedOn", e.getMessage(), e.rule()));
                }
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

    private void checkVisits() {
        for (Visit v : set.visits()) {
            ref(record(v), "relation", v.relation(), relations);
            ref(record(v), "visitor", v.visitor(), persons);
        }
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
            String rec = record(m);
            ref(rec, "relation", m.relation(), relations);
            ref(rec, "visit", m.visit(), visits);
            if (m.session() != null) {
                if (ref(rec, "session.mechanism", m.session().mechanism(), mechanisms)) {
                    broken(rec, "session.mechanism", () -> MechanismSession.of(mechanisms.get(m.session().mechanism()),
                            m.relation(), m.session().number()));
                }
                MeetingId holder = bySession.get(m.session().key());
                if (!seen.add(m.session().key()) || holder != null && !holder.equals(m.id())) {
                    problem(rec, "session.number", "session " + m.session().number() + " of mechanism "
                            + m.session().mechanism().value() + " is already another meeting");
                }
            }
            for (int i = 0; i < m.attendances().size(); i++) {
                Attendance a = m.attendances().get(i);
                ref(rec, "attendances[" + i + "].person", a.person(), persons);
            }
        }
    }

    private void checkInstruments() {
        for (Instrument in : set.instruments()) {
            String rec = record(in);
            ref(rec, "relation", in.relation(), relations);
            for (int i = 0; i < in.parties().size(); i++) {
                Party party = in.parties().get(i);
                ref(rec, "parties[" + i + "].organization", party.organization(), organizations);
            }
            for (int i = 0; i < in.signatories().size(); i++) {
                Signatory s = in.signatories().get(i);
                ref(rec, "signatories[" + i + "].person", s.person(), persons);
            }
            for (int i = 0; i < in.witnesses().size(); i++) {
                ref(rec, "witnesses[" + i + "]", in.witnesses().get(i), persons);
            }
            if (in.meeting() != null && ref(rec, "meeting", in.meeting(), meetings)) {
                Meeting at = meetings.get(in.meeting());
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
            String rec = record(inv);
            ref(rec, "relation", inv.relation(), relations);
            ref(rec, "inviter", inv.inviter(), persons);
            ref(rec, "invitee", inv.invitee(), persons);
            ref(rec, "conveyedBy", inv.conveyedBy(), persons);
            if (ref(rec, "extendedAt", inv.extendedAt(), meetings)) {
                broken(rec, "conveyedBy", () -> Invitation.extendedAt(meetings.get(inv.extendedAt()), inv.id(),
                        inv.inviter(), inv.invitee(), inv.purpose(), inv.conveyedBy(), inv.evidence()));
            }
            ref(rec, "fulfilledBy", inv.fulfilledBy(), meetings);
        }
    }

    private void checkEvents() {
        for (Event e : set.events()) {
            ref(record(e), "relation", e.relation(), relations);
            ref(record(e), "hostOrganization", e.hostOrganization(), organizations);
        }
    }

    private void citations(Aggregate<?, ?> a) {
        {
            for (Citation c : a.citations()) {
                Source source = sources.get(c.evidence().source());
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
    }

    /** Whether {@code id} (when present) names a known record; records a problem otherwise. */
    private <I> boolean ref(String record, String field, I id, Map<I, ?> known) {
        if (id == null) {
            return false;
        }
        if (!known.containsKey(id)) {
            problem(record, field, ((AggregateId) id).value() + " is neither in the data set nor stored");
            return false;
        }
        return true;
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

    /** The records of the set, and those the set refers to that are already stored (one round trip). */
    private static <I extends AggregateId, A extends Aggregate<I, A>> Map<I, A> known(
            List<A> inSet, AggregateStore<I, A> store, Collection<I> referenced) {
        Map<I, A> known = new HashMap<>(store.findAllById(referenced));
        inSet.forEach(a -> known.put(a.id(), a));
        return known;
    }

    private static Set<SourceId> referencedSources(DataSet set) {
        Set<SourceId> ids = new HashSet<>();
        set.records().values().forEach(list -> list.forEach(a -> a.citations()
                .forEach(c -> ids.add(c.evidence().source()))));
        return ids;
    }

    private static Set<OrganizationId> referencedOrganizations(DataSet set) {
        Set<OrganizationId> ids = new HashSet<>();
        set.persons().forEach(p -> p.posts().forEach(post -> add(ids, post.organization())));
        set.instruments().forEach(i -> i.parties().forEach(party -> add(ids, party.organization())));
        set.events().forEach(e -> add(ids, e.hostOrganization()));
        return ids;
    }

    private static Set<PersonId> referencedPersons(DataSet set) {
        Set<PersonId> ids = new HashSet<>();
        set.meetings().forEach(m -> m.attendances().forEach(a -> add(ids, a.person())));
        set.instruments().forEach(i -> {
            i.signatories().forEach(s -> add(ids, s.person()));
            ids.addAll(i.witnesses());
        });
        set.invitations().forEach(i -> {
            add(ids, i.inviter());
            add(ids, i.invitee());
            add(ids, i.conveyedBy());
        });
        set.visits().forEach(v -> add(ids, v.visitor()));
        set.persons().forEach(p -> add(ids, p.mergedInto()));
        return ids;
    }

    private static Set<RelationId> referencedRelations(DataSet set) {
        Set<RelationId> ids = new HashSet<>();
        set.records().values().forEach(list -> list.stream().filter(a -> !(a instanceof BilateralRelation))
                .filter(InRelation.class::isInstance).forEach(a -> add(ids, ((InRelation) a).relation())));
        return ids;
    }

    private static Set<MechanismId> referencedMechanisms(DataSet set) {
        Set<MechanismId> ids = new HashSet<>();
        set.mechanisms().forEach(m -> add(ids, m.predecessor()));
        set.meetings().forEach(m -> {
            if (m.session() != null) {
                ids.add(m.session().mechanism());
            }
        });
        return ids;
    }

    private static Set<MeetingId> referencedMeetings(DataSet set) {
        Set<MeetingId> ids = new HashSet<>();
        set.relations().forEach(r -> r.levels().forEach(l -> add(ids, l.announcedAt())));
        set.instruments().forEach(i -> add(ids, i.meeting()));
        set.invitations().forEach(i -> {
            add(ids, i.extendedAt());
            add(ids, i.fulfilledBy());
        });
        return ids;
    }

    private static <T> void add(Set<T> ids, T id) {
        if (id != null) {
            ids.add(id);
        }
    }
}

package org.entente.graphql.fake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import org.entente.application.criteria.EventCriteria;
import org.entente.application.criteria.InstrumentCriteria;
import org.entente.application.criteria.InvitationCriteria;
import org.entente.application.criteria.MeetingCriteria;
import org.entente.application.criteria.PersonCriteria;
import org.entente.application.page.Keyset;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.in.BrowseRecords;
import org.entente.application.port.in.ExploreRelations;
import org.entente.application.port.in.LoadRecords;
import org.entente.application.port.in.TimelineEntry;
import org.entente.domain.common.AggregateId;
import org.entente.domain.common.NotFoundException;
import org.entente.domain.common.PartialDate;
import org.entente.domain.event.Event;
import org.entente.domain.event.EventId;
import org.entente.domain.geo.CountryPair;
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
 * The read use cases over a few records held in memory, keyset pages and all, counting each call so that a test
 * can see how many storage round trips a query cost. One instance serves every GraphQL test.
 */
public final class FakeRecords implements ExploreRelations, BrowseRecords, LoadRecords {
    private final Samples data;
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<String, RuntimeException> failures = new ConcurrentHashMap<>();
    private volatile long delayMillis;

    public FakeRecords(Samples data) {
        this.data = data;
    }

    public Samples data() {
        return data;
    }

    /** How many times {@code method} was called since the last {@link #forgetCalls()}. */
    public int calls(String method) {
        AtomicInteger count = calls.get(method);
        return count == null ? 0 : count.get();
    }

    /** Every method called, with how often. */
    public Map<String, Integer> callCounts() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        calls.forEach((method, count) -> counts.put(method, count.get()));
        return counts;
    }

    public void forgetCalls() {
        calls.clear();
    }

    /** Makes every call of {@code method} throw {@code failure}, as a broken store would, until {@link #heal()}. */
    public void failWith(String method, RuntimeException failure) {
        failures.put(method, failure);
    }

    public void heal() {
        failures.clear();
        delayMillis = 0;
    }

    /** Makes every call take {@code delay} before it answers, as a slow store would, until {@link #heal()}. */
    public void delayEachCall(java.time.Duration delay) {
        delayMillis = delay.toMillis();
    }

    /** Every call so far, of every method. */
    public int totalCalls() {
        return calls.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    private void called(String method) {
        calls.computeIfAbsent(method, m -> new AtomicInteger()).incrementAndGet();
        RuntimeException failure = failures.get(method);
        if (failure != null) {
            throw failure;
        }
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ------------------------------------------------------------------ ExploreRelations

    @Override
    public Optional<BilateralRelation> relationBetween(CountryPair countries) {
        called("relationBetween");
        return data.relations.stream().filter(r -> r.countries().equals(countries)).findFirst();
    }

    @Override
    public List<TimelineEntry> timeline(RelationId relationId, PartialDate from, PartialDate to) {
        called("timeline");
        BilateralRelation relation = data.relations.stream().filter(r -> r.id().equals(relationId)).findFirst()
                .orElseThrow(() -> new NotFoundException("relation", relationId.value()));
        List<TimelineEntry> entries = new ArrayList<>();
        relation.levels().stream().filter(l -> within(l.since(), from, to))
                .forEach(l -> entries.add(new TimelineEntry.LevelChange(l)));
        MeetingCriteria meetings = new MeetingCriteria(relationId, from, to, null, null, null, null, null);
        data.meetings.stream().filter(meetings::matches).forEach(m -> entries.add(new TimelineEntry.MeetingHeld(m)));
        data.instruments.stream().filter(i -> i.relation().equals(relationId) && i.signedOn() != null
                && within(i.signedOn(), from, to)).forEach(i -> entries.add(new TimelineEntry.InstrumentConcluded(i)));
        data.events.stream().filter(e -> e.relation().equals(relationId) && e.startDate() != null
                && within(e.startDate(), from, to)).forEach(e -> entries.add(new TimelineEntry.EventScheduled(e)));
        entries.sort(Comparator.comparing(TimelineEntry::date).thenComparing(TimelineEntry::tieBreak));
        return entries;
    }

    private static boolean within(PartialDate date, PartialDate from, PartialDate to) {
        return (from == null || !date.last().isBefore(from.first())) && (to == null || !date.first().isAfter(to.last()));
    }

    // ------------------------------------------------------------------ BrowseRecords

    @Override
    public Page<Meeting> meetings(MeetingCriteria criteria, PageRequest page) {
        called("meetings(criteria)");
        return page(data.meetings, criteria::matches, MeetingCriteria::keyOf, page);
    }

    @Override
    public long countMeetings(MeetingCriteria criteria) {
        called("countMeetings");
        return data.meetings.stream().filter(criteria::matches).count();
    }

    @Override
    public Page<Person> persons(PersonCriteria criteria, PageRequest page) {
        called("persons(criteria)");
        return page(data.persons, criteria::matches, PersonCriteria::keyOf, page);
    }

    @Override
    public long countPersons(PersonCriteria criteria) {
        called("countPersons");
        return data.persons.stream().filter(criteria::matches).count();
    }

    @Override
    public Page<Instrument> instruments(InstrumentCriteria criteria, PageRequest page) {
        called("instruments(criteria)");
        return page(data.instruments, criteria::matches, InstrumentCriteria::keyOf, page);
    }

    @Override
    public long countInstruments(InstrumentCriteria criteria) {
        called("countInstruments");
        return data.instruments.stream().filter(criteria::matches).count();
    }

    @Override
    public Page<Event> events(EventCriteria criteria, PageRequest page) {
        called("events(criteria)");
        return page(data.events, criteria::matches, EventCriteria::keyOf, page);
    }

    @Override
    public long countEvents(EventCriteria criteria) {
        called("countEvents");
        return data.events.stream().filter(criteria::matches).count();
    }

    @Override
    public Page<Invitation> invitations(InvitationCriteria criteria, PageRequest page) {
        called("invitations(criteria)");
        return page(data.invitations, criteria::matches, InvitationCriteria::keyOf, page);
    }

    @Override
    public long countInvitations(InvitationCriteria criteria) {
        called("countInvitations");
        return data.invitations.stream().filter(criteria::matches).count();
    }

    /** A keyset page as a store cuts it: the admitted items in order, one more than asked, then {@link Page#cut}. */
    private static <T> Page<T> page(List<T> all, Predicate<T> matches, Function<T, Keyset> keyOf, PageRequest request) {
        List<T> admitted = all.stream().filter(matches).filter(t -> request.admits(keyOf.apply(t)))
                .sorted(Comparator.comparing(keyOf)).toList();
        int take = Math.min(admitted.size(), request.size() + 1);
        List<T> withOneMore = request.fromEnd() ? admitted.subList(admitted.size() - take, admitted.size())
                : admitted.subList(0, take);
        return Page.cut(withOneMore, request);
    }

    // ------------------------------------------------------------------ LoadRecords

    @Override
    public Map<RelationId, BilateralRelation> relations(Collection<RelationId> ids) {
        called("relations");
        return byId(data.relations, BilateralRelation::id, ids);
    }

    @Override
    public Map<PersonId, Person> persons(Collection<PersonId> ids) {
        called("persons");
        return byId(data.persons, Person::id, ids);
    }

    @Override
    public Map<OrganizationId, Organization> organizations(Collection<OrganizationId> ids) {
        called("organizations");
        return byId(data.organizations, Organization::id, ids);
    }

    @Override
    public Map<SourceId, Source> sources(Collection<SourceId> ids) {
        called("sources");
        return byId(data.sources, Source::id, ids);
    }

    @Override
    public Map<MechanismId, DialogueMechanism> mechanisms(Collection<MechanismId> ids) {
        called("mechanisms");
        return byId(data.mechanisms, DialogueMechanism::id, ids);
    }

    @Override
    public Map<VisitId, Visit> visits(Collection<VisitId> ids) {
        called("visits");
        return byId(data.visits, Visit::id, ids);
    }

    @Override
    public Map<MeetingId, Meeting> meetings(Collection<MeetingId> ids) {
        called("meetings");
        return byId(data.meetings, Meeting::id, ids);
    }

    @Override
    public Map<InstrumentId, Instrument> instruments(Collection<InstrumentId> ids) {
        called("instruments");
        return byId(data.instruments, Instrument::id, ids);
    }

    @Override
    public Map<InvitationId, Invitation> invitations(Collection<InvitationId> ids) {
        called("invitations");
        return byId(data.invitations, Invitation::id, ids);
    }

    @Override
    public Map<EventId, Event> events(Collection<EventId> ids) {
        called("events");
        return byId(data.events, Event::id, ids);
    }

    @Override
    public Map<RelationId, List<DialogueMechanism>> mechanismsOf(Collection<RelationId> relations) {
        called("mechanismsOf");
        return grouped(relations, data.mechanisms, DialogueMechanism::relation, Comparator.comparing(m -> m.id().value()));
    }

    @Override
    public Map<MechanismId, DialogueMechanism> successorsOf(Collection<MechanismId> mechanisms) {
        called("successorsOf");
        Map<MechanismId, DialogueMechanism> successors = new LinkedHashMap<>();
        data.mechanisms.stream().filter(m -> m.predecessor() != null && mechanisms.contains(m.predecessor()))
                .forEach(m -> successors.put(m.predecessor(), m));
        return successors;
    }

    @Override
    public Map<MechanismId, List<Meeting>> sessionsOf(Collection<MechanismId> mechanisms) {
        called("sessionsOf");
        List<Meeting> sessions = data.meetings.stream().filter(m -> m.session() != null).toList();
        return grouped(mechanisms, sessions, m -> m.session().mechanism(),
                Comparator.comparingInt(m -> m.session().number()));
    }

    @Override
    public Map<MeetingId, List<Instrument>> instrumentsConcludedAt(Collection<MeetingId> meetings) {
        called("instrumentsConcludedAt");
        List<Instrument> concluded = data.instruments.stream().filter(i -> i.meeting() != null).toList();
        return grouped(meetings, concluded, Instrument::meeting, Comparator.comparing(InstrumentCriteria::keyOf));
    }

    @Override
    public Map<PersonId, List<Meeting>> meetingsAttendedBy(Collection<PersonId> persons) {
        called("meetingsAttendedBy");
        Map<PersonId, List<Meeting>> byPerson = new LinkedHashMap<>();
        for (PersonId person : persons) {
            byPerson.put(person, data.meetings.stream().filter(m -> m.attendedBy(person))
                    .sorted(Comparator.comparing(MeetingCriteria::keyOf)).toList());
        }
        return byPerson;
    }

    private static <I extends AggregateId, T> Map<I, T> byId(List<T> all, Function<T, I> idOf, Collection<I> ids) {
        Map<I, T> found = new LinkedHashMap<>();
        for (T item : all) {
            if (ids.contains(idOf.apply(item))) {
                found.put(idOf.apply(item), item);
            }
        }
        return found;
    }

    private static <K, T> Map<K, List<T>> grouped(Collection<K> keys, List<T> items, Function<T, K> keyOf,
                                                  Comparator<T> order) {
        Map<K, List<T>> grouped = new LinkedHashMap<>();
        for (K key : keys) {
            grouped.put(key, items.stream().filter(t -> Objects.equals(keyOf.apply(t), key)).sorted(order).toList());
        }
        return grouped;
    }
}

package org.entente.application.fake;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.entente.application.criteria.EventCriteria;
import org.entente.application.criteria.InstrumentCriteria;
import org.entente.application.criteria.InvitationCriteria;
import org.entente.application.criteria.MeetingCriteria;
import org.entente.application.criteria.PersonCriteria;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.Events;
import org.entente.application.port.out.Instruments;
import org.entente.application.port.out.Invitations;
import org.entente.application.port.out.Mechanisms;
import org.entente.application.port.out.Meetings;
import org.entente.application.port.out.Organizations;
import org.entente.application.port.out.Persons;
import org.entente.application.port.out.Relations;
import org.entente.application.port.out.Sources;
import org.entente.application.port.out.Storage;
import org.entente.application.port.out.Visits;
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

/** Every out port over plain maps, for use-case tests. */
public final class FakeStorage {
    private FakeStorage() {
    }

    public static Storage create() {
        FakeRelations relations = new FakeRelations();
        FakePersons persons = new FakePersons();
        FakeOrganizations organizations = new FakeOrganizations();
        FakeSources sources = new FakeSources();
        FakeMechanisms mechanisms = new FakeMechanisms();
        FakeVisits visits = new FakeVisits();
        FakeMeetings meetings = new FakeMeetings();
        FakeInstruments instruments = new FakeInstruments();
        FakeInvitations invitations = new FakeInvitations();
        FakeEvents events = new FakeEvents();
        FakeRevisions revisions = new FakeRevisions();
        FakeReceipts receipts = new FakeReceipts();
        return new Storage(relations, persons, organizations, sources, mechanisms, visits, meetings, instruments,
                invitations, events, revisions, receipts, new FakeTransactions(List.of(relations, persons,
                organizations, sources, mechanisms, visits, meetings, instruments, invitations, events, revisions,
                receipts)));
    }

    static final class FakeRelations extends FakeStore<RelationId, BilateralRelation> implements Relations {
        FakeRelations() {
            super("relation", r -> r.countries().key());
        }

        @Override
        public Optional<BilateralRelation> findByCountries(CountryPair countries) {
            return where(r -> r.countries().equals(countries)).stream().findFirst();
        }
    }

    static final class FakePersons extends FakeStore<PersonId, Person> implements Persons {
        FakePersons() {
            super("person", p -> null);
        }

        @Override
        public Page<Person> page(PersonCriteria criteria, PageRequest request) {
            return page(criteria::matches, PersonCriteria::keyOf, request);
        }

        @Override
        public long count(PersonCriteria criteria) {
            return where(criteria::matches).size();
        }
    }

    static final class FakeOrganizations extends FakeStore<OrganizationId, Organization> implements Organizations {
        FakeOrganizations() {
            super("organization", o -> null);
        }
    }

    static final class FakeSources extends FakeStore<SourceId, Source> implements Sources {
        FakeSources() {
            super("source", s -> null);
        }
    }

    static final class FakeVisits extends FakeStore<VisitId, Visit> implements Visits {
        FakeVisits() {
            super("visit", v -> null);
        }
    }

    static final class FakeMechanisms extends FakeStore<MechanismId, DialogueMechanism> implements Mechanisms {
        FakeMechanisms() {
            super("mechanism", m -> null);
        }

        @Override
        public List<DialogueMechanism> findByRelations(Collection<RelationId> relations) {
            return where(m -> relations.contains(m.relation()));
        }

        @Override
        public List<DialogueMechanism> findByPredecessors(Collection<MechanismId> predecessors) {
            return where(m -> m.predecessor() != null && predecessors.contains(m.predecessor()));
        }
    }

    static final class FakeMeetings extends FakeStore<MeetingId, Meeting> implements Meetings {
        FakeMeetings() {
            super("meeting", m -> m.session() == null ? null : m.session().key());
        }

        @Override
        public Page<Meeting> page(MeetingCriteria criteria, PageRequest request) {
            return page(criteria::matches, MeetingCriteria::keyOf, request);
        }

        @Override
        public long count(MeetingCriteria criteria) {
            return where(criteria::matches).size();
        }

        @Override
        public List<Meeting> findSessionsOf(Collection<MechanismId> mechanisms) {
            return where(m -> m.session() != null && mechanisms.contains(m.session().mechanism()));
        }

        @Override
        public List<Meeting> findAttendedBy(Collection<PersonId> persons) {
            return where(m -> persons.stream().anyMatch(m::attendedBy));
        }
    }

    static final class FakeInstruments extends FakeStore<InstrumentId, Instrument> implements Instruments {
        FakeInstruments() {
            super("instrument", i -> null);
        }

        @Override
        public Page<Instrument> page(InstrumentCriteria criteria, PageRequest request) {
            return page(criteria::matches, InstrumentCriteria::keyOf, request);
        }

        @Override
        public long count(InstrumentCriteria criteria) {
            return where(criteria::matches).size();
        }

        @Override
        public List<Instrument> findConcludedAt(Collection<MeetingId> meetings) {
            return where(i -> i.meeting() != null && meetings.contains(i.meeting()));
        }
    }

    static final class FakeInvitations extends FakeStore<InvitationId, Invitation> implements Invitations {
        FakeInvitations() {
            super("invitation", i -> null);
        }

        @Override
        public Page<Invitation> page(InvitationCriteria criteria, PageRequest request) {
            return page(criteria::matches, InvitationCriteria::keyOf, request);
        }

        @Override
        public long count(InvitationCriteria criteria) {
            return where(criteria::matches).size();
        }
    }

    static final class FakeEvents extends FakeStore<EventId, Event> implements Events {
        FakeEvents() {
            super("event", e -> null);
        }

        @Override
        public Page<Event> page(EventCriteria criteria, PageRequest request) {
            return page(criteria::matches, EventCriteria::keyOf, request);
        }

        @Override
        public long count(EventCriteria criteria) {
            return where(criteria::matches).size();
        }
    }
}

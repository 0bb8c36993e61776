package org.entente.application.fake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import org.entente.domain.common.RecordKind;
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
        Map<RecordKind, FakeStore<?, ?>> records = new EnumMap<>(RecordKind.class);
        for (RecordKind kind : RecordKind.values()) {
            records.put(kind, store(kind));
        }
        FakeRevisions revisions = new FakeRevisions();
        FakeReceipts receipts = new FakeReceipts();
        List<FakeTransactions.Restorable> restorable = new ArrayList<>(records.values());
        restorable.add(revisions);
        restorable.add(receipts);
        return Storage.of(records::get, revisions, receipts, new FakeTransactions(restorable));
    }

    /** The fake of {@code kind}'s port; a kind without one does not compile. */
    private static FakeStore<?, ?> store(RecordKind kind) {
        return switch (kind) {
            case SOURCE -> new FakeSources();
            case ORGANIZATION -> new FakeOrganizations();
            case PERSON -> new FakePersons();
            case RELATION -> new FakeRelations();
            case MECHANISM -> new FakeMechanisms();
            case VISIT -> new FakeVisits();
            case MEETING -> new FakeMeetings();
            case INSTRUMENT -> new FakeInstruments();
            case INVITATION -> new FakeInvitations();
            case EVENT -> new FakeEvents();
        };
    }

    static final class FakeRelations extends FakeStore<RelationId, BilateralRelation> implements Relations {
        FakeRelations() {
            super("relation", r -> r.countries().key(), "COUNTRY_PAIR_TAKEN");
        }

        @Override
        public Optional<BilateralRelation> findByCountries(CountryPair countries) {
            return where(r -> r.countries().equals(countries)).stream().findFirst();
        }
    }

    static final class FakePersons extends FakeListedStore<PersonId, Person, PersonCriteria> implements Persons {
        FakePersons() {
            super("person", p -> null, PersonCriteria::matches, PersonCriteria::keyOf);
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

    static final class FakeMeetings extends FakeListedStore<MeetingId, Meeting, MeetingCriteria> implements Meetings {
        FakeMeetings() {
            super("meeting", m -> m.session() == null ? null : m.session().key(), "SESSION_NUMBER_TAKEN",
                    MeetingCriteria::matches, MeetingCriteria::keyOf);
        }

        @Override
        public List<Meeting> findSessionsOf(Collection<MechanismId> mechanisms) {
            return where(m -> m.session() != null && mechanisms.contains(m.session().mechanism()), MeetingCriteria::keyOf);
        }

        @Override
        public Map<MeetingCriteria, Long> commitmentCounts(Collection<MeetingCriteria> criteria) {
            Map<MeetingCriteria, Long> sums = new java.util.LinkedHashMap<>();
            criteria.forEach(c -> sums.put(c, where(c::matches).stream().mapToLong(m -> m.commitments().size()).sum()));
            return sums;
        }
    }

    static final class FakeInstruments extends FakeListedStore<InstrumentId, Instrument, InstrumentCriteria> implements Instruments {
        FakeInstruments() {
            super("instrument", i -> null, InstrumentCriteria::matches, InstrumentCriteria::keyOf);
        }

        @Override
        public List<Instrument> findConcludedAt(Collection<MeetingId> meetings) {
            return where(i -> i.meeting() != null && meetings.contains(i.meeting()), InstrumentCriteria::keyOf);
        }
    }

    static final class FakeInvitations extends FakeListedStore<InvitationId, Invitation, InvitationCriteria> implements Invitations {
        FakeInvitations() {
            super("invitation", i -> null, InvitationCriteria::matches, InvitationCriteria::keyOf);
        }
    }

    static final class FakeEvents extends FakeListedStore<EventId, Event, EventCriteria> implements Events {
        FakeEvents() {
            super("event", e -> null, EventCriteria::matches, EventCriteria::keyOf);
        }
    }
}

package org.entente.application.service;

import java.util.Collection;
import java.util.Map;
import org.entente.application.criteria.EventCriteria;
import org.entente.application.criteria.InstrumentCriteria;
import org.entente.application.criteria.InvitationCriteria;
import org.entente.application.criteria.MeetingCriteria;
import org.entente.application.criteria.PersonCriteria;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.in.BrowseRecords;
import org.entente.application.port.out.Events;
import org.entente.application.port.out.Instruments;
import org.entente.application.port.out.Invitations;
import org.entente.application.port.out.Meetings;
import org.entente.application.port.out.Persons;
import org.entente.domain.event.Event;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.person.Person;

public final class BrowseRecordsService implements BrowseRecords {
    private final Meetings meetings;
    private final Persons persons;
    private final Instruments instruments;
    private final Events events;
    private final Invitations invitations;

    public BrowseRecordsService(Meetings meetings, Persons persons, Instruments instruments, Events events,
                                Invitations invitations) {
        this.meetings = meetings;
        this.persons = persons;
        this.instruments = instruments;
        this.events = events;
        this.invitations = invitations;
    }

    @Override
    public Page<Meeting> meetings(MeetingCriteria criteria, PageRequest page) {
        return meetings.page(criteria, page);
    }

    @Override
    public long countMeetings(MeetingCriteria criteria) {
        return meetings.count(criteria);
    }

    @Override
    public Page<Person> persons(PersonCriteria criteria, PageRequest page) {
        return persons.page(criteria, page);
    }

    @Override
    public long countPersons(PersonCriteria criteria) {
        return persons.count(criteria);
    }

    @Override
    public Page<Instrument> instruments(InstrumentCriteria criteria, PageRequest page) {
        return instruments.page(criteria, page);
    }

    @Override
    public long countInstruments(InstrumentCriteria criteria) {
        return instruments.count(criteria);
    }

    @Override
    public Page<Event> events(EventCriteria criteria, PageRequest page) {
        return events.page(criteria, page);
    }

    @Override
    public long countEvents(EventCriteria criteria) {
        return events.count(criteria);
    }

    @Override
    public Page<Invitation> invitations(InvitationCriteria criteria, PageRequest page) {
        return invitations.page(criteria, page);
    }

    @Override
    public long countInvitations(InvitationCriteria criteria) {
        return invitations.count(criteria);
    }

    @Override
    public Map<MeetingCriteria, Page<Meeting>> meetingPages(Collection<MeetingCriteria> criteria, PageRequest page) {
        return meetings.pages(criteria, page);
    }

    @Override
    public Map<MeetingCriteria, Long> meetingCounts(Collection<MeetingCriteria> criteria) {
        return meetings.counts(criteria);
    }

    @Override
    public Map<InstrumentCriteria, Page<Instrument>> instrumentPages(Collection<InstrumentCriteria> criteria,
                                                                    PageRequest page) {
        return instruments.pages(criteria, page);
    }

    @Override
    public Map<InstrumentCriteria, Long> instrumentCounts(Collection<InstrumentCriteria> criteria) {
        return instruments.counts(criteria);
    }

    @Override
    public Map<EventCriteria, Page<Event>> eventPages(Collection<EventCriteria> criteria, PageRequest page) {
        return events.pages(criteria, page);
    }

    @Override
    public Map<EventCriteria, Long> eventCounts(Collection<EventCriteria> criteria) {
        return events.counts(criteria);
    }

    @Override
    public Map<InvitationCriteria, Page<Invitation>> invitationPages(Collection<InvitationCriteria> criteria,
                                                                    PageRequest page) {
        return invitations.pages(criteria, page);
    }

    @Override
    public Map<InvitationCriteria, Long> invitationCounts(Collection<InvitationCriteria> criteria) {
        return invitations.counts(criteria);
    }
}

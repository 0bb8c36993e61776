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
import org.entente.application.port.out.Storage;
import org.entente.domain.event.Event;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.person.Person;

/** Lists by criteria through the listed ports of one store, each call passed on as it came. */
public final class BrowseRecordsService implements BrowseRecords {
    private final Storage storage;

    public BrowseRecordsService(Storage storage) {
        this.storage = storage;
    }

    @Override
    public Page<Meeting> meetings(MeetingCriteria criteria, PageRequest page) {
        return storage.meetings().page(criteria, page);
    }

    @Override
    public long countMeetings(MeetingCriteria criteria) {
        return storage.meetings().count(criteria);
    }

    @Override
    public Page<Person> persons(PersonCriteria criteria, PageRequest page) {
        return storage.persons().page(criteria, page);
    }

    @Override
    public long countPersons(PersonCriteria criteria) {
        return storage.persons().count(criteria);
    }

    @Override
    public Page<Instrument> instruments(InstrumentCriteria criteria, PageRequest page) {
        return storage.instruments().page(criteria, page);
    }

    @Override
    public long countInstruments(InstrumentCriteria criteria) {
        return storage.instruments().count(criteria);
    }

    @Override
    public Page<Event> events(EventCriteria criteria, PageRequest page) {
        return storage.events().page(criteria, page);
    }

    @Override
    public long countEvents(EventCriteria criteria) {
        return storage.events().count(criteria);
    }

    @Override
    public Page<Invitation> invitations(InvitationCriteria criteria, PageRequest page) {
        return storage.invitations().page(criteria, page);
    }

    @Override
    public long countInvitations(InvitationCriteria criteria) {
        return storage.invitations().count(criteria);
    }

    @Override
    public Map<MeetingCriteria, Page<Meeting>> meetingPages(Collection<MeetingCriteria> criteria, PageRequest page) {
        return storage.meetings().pages(criteria, page);
    }

    @Override
    public Map<MeetingCriteria, Long> meetingCounts(Collection<MeetingCriteria> criteria) {
        return storage.meetings().counts(criteria);
    }

    @Override
    public Map<InstrumentCriteria, Page<Instrument>> instrumentPages(Collection<InstrumentCriteria> criteria,
                                                                    PageRequest page) {
        return storage.instruments().pages(criteria, page);
    }

    @Override
    public Map<InstrumentCriteria, Long> instrumentCounts(Collection<InstrumentCriteria> criteria) {
        return storage.instruments().counts(criteria);
    }

    @Override
    public Map<EventCriteria, Page<Event>> eventPages(Collection<EventCriteria> criteria, PageRequest page) {
        return storage.events().pages(criteria, page);
    }

    @Override
    public Map<EventCriteria, Long> eventCounts(Collection<EventCriteria> criteria) {
        return storage.events().counts(criteria);
    }

    @Override
    public Map<InvitationCriteria, Page<Invitation>> invitationPages(Collection<InvitationCriteria> criteria,
                                                                    PageRequest page) {
        return storage.invitations().pages(criteria, page);
    }

    @Override
    public Map<InvitationCriteria, Long> invitationCounts(Collection<InvitationCriteria> criteria) {
        return storage.invitations().counts(criteria);
    }
}

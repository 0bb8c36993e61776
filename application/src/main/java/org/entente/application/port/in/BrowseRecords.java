package org.entente.application.port.in;

import org.entente.application.criteria.EventCriteria;
import org.entente.application.criteria.InstrumentCriteria;
import org.entente.application.criteria.InvitationCriteria;
import org.entente.application.criteria.MeetingCriteria;
import org.entente.application.criteria.PersonCriteria;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.domain.event.Event;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.person.Person;

/** Lists records by criteria, one keyset page at a time, in the order each criteria type's {@code keyOf} gives. */
public interface BrowseRecords {
    Page<Meeting> meetings(MeetingCriteria criteria, PageRequest page);

    long countMeetings(MeetingCriteria criteria);

    Page<Person> persons(PersonCriteria criteria, PageRequest page);

    long countPersons(PersonCriteria criteria);

    Page<Instrument> instruments(InstrumentCriteria criteria, PageRequest page);

    long countInstruments(InstrumentCriteria criteria);

    Page<Event> events(EventCriteria criteria, PageRequest page);

    long countEvents(EventCriteria criteria);

    Page<Invitation> invitations(InvitationCriteria criteria, PageRequest page);

    long countInvitations(InvitationCriteria criteria);
}

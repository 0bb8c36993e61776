package org.entente.application.port.in;

import java.util.Collection;
import java.util.Map;
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

/**
 * Lists records by criteria, one keyset page at a time, in the order each criteria type's {@code keyOf} gives. The
 * plural forms page many criteria at once (the meetings of every person on a page, say) in one round trip, reading
 * at most a page and one record more for each; every criteria asked for is in their maps.
 */
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

    Map<MeetingCriteria, Page<Meeting>> meetingPages(Collection<MeetingCriteria> criteria, PageRequest page);

    Map<MeetingCriteria, Long> meetingCounts(Collection<MeetingCriteria> criteria);

    Map<InstrumentCriteria, Page<Instrument>> instrumentPages(Collection<InstrumentCriteria> criteria,
                                                             PageRequest page);

    Map<InstrumentCriteria, Long> instrumentCounts(Collection<InstrumentCriteria> criteria);

    Map<EventCriteria, Page<Event>> eventPages(Collection<EventCriteria> criteria, PageRequest page);

    Map<EventCriteria, Long> eventCounts(Collection<EventCriteria> criteria);

    Map<InvitationCriteria, Page<Invitation>> invitationPages(Collection<InvitationCriteria> criteria,
                                                             PageRequest page);

    Map<InvitationCriteria, Long> invitationCounts(Collection<InvitationCriteria> criteria);
}

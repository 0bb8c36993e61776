package org.entente.graphql.page;

import org.entente.application.criteria.EventCriteria;
import org.entente.application.criteria.InstrumentCriteria;
import org.entente.application.criteria.InvitationCriteria;
import org.entente.application.criteria.MeetingCriteria;
import org.entente.application.criteria.PersonCriteria;
import org.entente.application.page.PageRequest;
import org.entente.application.port.in.BrowseRecords;
import org.entente.domain.event.Event;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.person.Person;

/** The lists that storage pages through, each in the order its criteria type defines. */
public final class Listings {
    public static final Listing<Meeting> MEETINGS = new Listing<>("meeting", MeetingCriteria::keyOf);
    public static final Listing<Person> PERSONS = new Listing<>("person", PersonCriteria::keyOf);
    public static final Listing<Instrument> INSTRUMENTS = new Listing<>("instrument", InstrumentCriteria::keyOf);
    public static final Listing<Event> EVENTS = new Listing<>("event", EventCriteria::keyOf);
    public static final Listing<Invitation> INVITATIONS = new Listing<>("invitation", InvitationCriteria::keyOf);

    private Listings() {
    }

    public static Connection<Meeting> meetings(BrowseRecords browse, MeetingCriteria criteria, PageRequest request) {
        return MEETINGS.connection(browse.meetings(criteria, request), () -> browse.countMeetings(criteria));
    }

    public static Connection<Person> persons(BrowseRecords browse, PersonCriteria criteria, PageRequest request) {
        return PERSONS.connection(browse.persons(criteria, request), () -> browse.countPersons(criteria));
    }

    public static Connection<Instrument> instruments(BrowseRecords browse, InstrumentCriteria criteria,
                                                     PageRequest request) {
        return INSTRUMENTS.connection(browse.instruments(criteria, request), () -> browse.countInstruments(criteria));
    }

    public static Connection<Event> events(BrowseRecords browse, EventCriteria criteria, PageRequest request) {
        return EVENTS.connection(browse.events(criteria, request), () -> browse.countEvents(criteria));
    }

    public static Connection<Invitation> invitations(BrowseRecords browse, InvitationCriteria criteria,
                                                     PageRequest request) {
        return INVITATIONS.connection(browse.invitations(criteria, request), () -> browse.countInvitations(criteria));
    }

    /** The page of whichever list {@code criteria} selects. */
    public static Connection<?> read(BrowseRecords browse, Object criteria, PageRequest request) {
        if (criteria instanceof MeetingCriteria c) {
            return meetings(browse, c, request);
        }
        if (criteria instanceof InstrumentCriteria c) {
            return instruments(browse, c, request);
        }
        if (criteria instanceof EventCriteria c) {
            return events(browse, c, request);
        }
        if (criteria instanceof InvitationCriteria c) {
            return invitations(browse, c, request);
        }
        if (criteria instanceof PersonCriteria c) {
            return persons(browse, c, request);
        }
        throw new IllegalArgumentException("no list is selected by " + criteria.getClass().getSimpleName());
    }
}

package org.entente.graphql.page;

import org.entente.application.criteria.EventCriteria;
import org.entente.application.criteria.InstrumentCriteria;
import org.entente.application.criteria.InvitationCriteria;
import org.entente.application.criteria.MeetingCriteria;
import org.entente.application.criteria.PersonCriteria;
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
}

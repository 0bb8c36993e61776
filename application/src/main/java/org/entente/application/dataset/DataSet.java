package org.entente.application.dataset;

import java.util.List;
import org.entente.domain.event.Event;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.organization.Organization;
import org.entente.domain.person.Person;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.source.Source;
import org.entente.domain.visit.Visit;

/**
 * Everything a curated file states, as aggregates of the model: what an import stores and an export writes.
 * Aggregates in a data set to be imported are at version 0; an export carries the stored versions.
 */
public record DataSet(List<Source> sources, List<Organization> organizations, List<Person> persons,
                      List<BilateralRelation> relations, List<DialogueMechanism> mechanisms, List<Visit> visits,
                      List<Meeting> meetings, List<Instrument> instruments, List<Invitation> invitations,
                      List<Event> events) {
    public DataSet {
        sources = List.copyOf(sources);
        organizations = List.copyOf(organizations);
        persons = List.copyOf(persons);
        relations = List.copyOf(relations);
        mechanisms = List.copyOf(mechanisms);
        visits = List.copyOf(visits);
        meetings = List.copyOf(meetings);
        instruments = List.copyOf(instruments);
        invitations = List.copyOf(invitations);
        events = List.copyOf(events);
    }

    public int size() {
        return sources.size() + organizations.size() + persons.size() + relations.size() + mechanisms.size()
                + visits.size() + meetings.size() + instruments.size() + invitations.size() + events.size();
    }
}

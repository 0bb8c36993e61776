package org.entente.graphql.curation;

import java.util.List;
import org.entente.domain.event.Event;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.person.Person;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.source.Source;

/** The payloads of the mutations: the record changed (null when refused) and the user errors (empty when stored). */
public final class Payloads {
    private Payloads() {
    }

    public record SourcePayload(Source source, List<UserError> userErrors) {
        static SourcePayload of(Outcome<Source> o) {
            return new SourcePayload(o.record(), o.userErrors());
        }
    }

    public record MeetingPayload(Meeting meeting, List<UserError> userErrors) {
        static MeetingPayload of(Outcome<Meeting> o) {
            return new MeetingPayload(o.record(), o.userErrors());
        }
    }

    public record InstrumentPayload(Instrument instrument, List<UserError> userErrors) {
        static InstrumentPayload of(Outcome<Instrument> o) {
            return new InstrumentPayload(o.record(), o.userErrors());
        }
    }

    public record RelationPayload(BilateralRelation relation, List<UserError> userErrors) {
        static RelationPayload of(Outcome<BilateralRelation> o) {
            return new RelationPayload(o.record(), o.userErrors());
        }
    }

    public record MechanismPayload(DialogueMechanism mechanism, List<UserError> userErrors) {
        static MechanismPayload of(Outcome<DialogueMechanism> o) {
            return new MechanismPayload(o.record(), o.userErrors());
        }
    }

    public record InvitationPayload(Invitation invitation, List<UserError> userErrors) {
        static InvitationPayload of(Outcome<Invitation> o) {
            return new InvitationPayload(o.record(), o.userErrors());
        }
    }

    public record EventPayload(Event event, List<UserError> userErrors) {
        static EventPayload of(Outcome<Event> o) {
            return new EventPayload(o.record(), o.userErrors());
        }
    }

    public record PersonPayload(Person person, List<UserError> userErrors) {
        static PersonPayload of(Outcome<Person> o) {
            return new PersonPayload(o.record(), o.userErrors());
        }
    }
}

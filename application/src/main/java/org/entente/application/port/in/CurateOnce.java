package org.entente.application.port.in;

import org.entente.application.command.ExtendInvitationCommand;
import org.entente.application.command.MergePersonsCommand;
import org.entente.application.command.RecordCommitmentCommand;
import org.entente.application.command.RecordEventCommand;
import org.entente.application.command.RecordInstrumentCommand;
import org.entente.application.command.RecordMeetingCommand;
import org.entente.application.command.RegisterPersonCommand;
import org.entente.application.command.RegisterSourceCommand;
import org.entente.domain.event.Event;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.person.Person;
import org.entente.domain.source.Source;

/**
 * The creating curation requests, each carried out at most once per idempotency key: a request repeated with its
 * key answers with the record the first one produced, as it stands now. A key used before for another request is
 * refused ({@code IDEMPOTENCY_KEY_REUSED}); a key whose first request is still being carried out is refused
 * ({@code IDEMPOTENCY_KEY_PENDING}). A null key carries the request out without remembering anything.
 */
public interface CurateOnce {
    Source registerSource(String idempotencyKey, RegisterSourceCommand command);

    Meeting recordMeeting(String idempotencyKey, RecordMeetingCommand command);

    Meeting recordCommitment(String idempotencyKey, RecordCommitmentCommand command);

    Instrument recordInstrument(String idempotencyKey, RecordInstrumentCommand command);

    Invitation extendInvitation(String idempotencyKey, ExtendInvitationCommand command);

    Event recordEvent(String idempotencyKey, RecordEventCommand command);

    Person registerPerson(String idempotencyKey, RegisterPersonCommand command);

    /** Merges two persons once per key; the request repeated with its key answers the survivor as it stands now. */
    Person mergePersons(String idempotencyKey, MergePersonsCommand command);
}

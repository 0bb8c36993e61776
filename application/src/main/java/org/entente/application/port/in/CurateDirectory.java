package org.entente.application.port.in;

import org.entente.application.command.MergePersonsCommand;
import org.entente.application.command.RecordEventCommand;
import org.entente.application.command.RegisterPersonCommand;
import org.entente.domain.event.Event;
import org.entente.domain.person.Person;

/** Registers the people and the events that meetings and instruments refer to, and merges duplicate persons. */
public interface CurateDirectory {
    Person registerPerson(RegisterPersonCommand command);

    Event recordEvent(RecordEventCommand command);

    /**
     * Merges two records found to be one person: whatever names {@code merged} (attendances, signatories, witnesses,
     * invitations, visits, tombstones) comes to name {@code survivor}, which takes its names and posts; {@code merged}
     * is kept as a tombstone whose id leads to the survivor. Answers the survivor. Interrupted, it leaves nothing
     * lost, and carried out again it finishes.
     */
    Person mergePersons(MergePersonsCommand command);
}

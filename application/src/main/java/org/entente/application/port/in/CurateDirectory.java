package org.entente.application.port.in;

import org.entente.application.command.RecordEventCommand;
import org.entente.application.command.RegisterPersonCommand;
import org.entente.domain.event.Event;
import org.entente.domain.person.Person;

/** Registers the people and the events that meetings and instruments refer to. */
public interface CurateDirectory {
    Person registerPerson(RegisterPersonCommand command);

    Event recordEvent(RecordEventCommand command);
}

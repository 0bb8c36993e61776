package org.entente.domain.meeting;

import org.entente.domain.common.DomainException;
import org.entente.domain.person.PersonId;

/** A person named in a part only attendees can play (signatory, witness, conveyer) who did not attend the meeting. */
public final class NotAttendedException extends DomainException {
    private final PersonId person;

    public NotAttendedException(String rule, PersonId person, String message) {
        super(rule, message);
        this.person = person;
    }

    /** The person who did not attend. */
    public PersonId person() {
        return person;
    }
}

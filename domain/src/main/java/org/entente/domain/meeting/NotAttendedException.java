package org.entente.domain.meeting;

import org.entente.domain.common.RecordKind;
import org.entente.domain.common.RecordRefusal;
import org.entente.domain.person.PersonId;

/** A person named in a part only attendees can play (signatory, witness, conveyer) who did not attend the meeting. */
public final class NotAttendedException extends RecordRefusal {
    public NotAttendedException(String rule, PersonId person, String message) {
        super(rule, message, RecordKind.PERSON, person.value());
    }

    /** The person who did not attend. */
    public PersonId person() {
        return new PersonId(id());
    }
}

package org.entente.domain.mechanism;

import org.entente.domain.common.DomainException;
import org.entente.domain.common.Require;
import org.entente.domain.relation.RelationId;

/** The numbered session of a dialogue mechanism that a meeting is: the 8th strategic partnership dialogue. */
public record MechanismSession(MechanismId mechanism, int number) {
    public MechanismSession {
        Require.present(mechanism, "session mechanism");
        Require.that(number >= 1, "SESSION_NUMBER_INVALID", "a session number starts at 1, was " + number);
    }

    /**
     * Session {@code number} of {@code mechanism}, for a meeting of {@code relation}; refused
     * ({@code MECHANISM_OF_ANOTHER_RELATION}) when the mechanism is a channel of another relation.
     */
    public static MechanismSession of(DialogueMechanism mechanism, RelationId relation, int number) {
        if (!mechanism.relation().equals(relation)) {
            throw new DomainException("MECHANISM_OF_ANOTHER_RELATION", "mechanism " + mechanism.id().value()
                    + " belongs to another relation than " + relation.value());
        }
        return new MechanismSession(mechanism.id(), number);
    }

    /** The natural key: one meeting per number per mechanism. */
    public String key() {
        return mechanism.value() + "#" + number;
    }
}

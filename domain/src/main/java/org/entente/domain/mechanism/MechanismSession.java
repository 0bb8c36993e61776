package org.entente.domain.mechanism;

import org.entente.domain.common.Require;

/** The numbered session of a dialogue mechanism that a meeting is: the 8th strategic partnership dialogue. */
public record MechanismSession(MechanismId mechanism, int number) {
    public MechanismSession {
        Require.present(mechanism, "session mechanism");
        Require.that(number >= 1, "SESSION_NUMBER_INVALID", "a session number starts at 1, was " + number);
    }

    /** The natural key: one meeting per number per mechanism. */
    public String key() {
        return mechanism.value() + "#" + number;
    }
}

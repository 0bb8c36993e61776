package org.entente.domain.instrument;

/** Where an instrument stands. Expired and terminated are final. */
public enum InstrumentStatus {
    SIGNED, ADOPTED, IN_FORCE, EXPIRED, TERMINATED;

    public boolean isFinal() {
        return this == EXPIRED || this == TERMINATED;
    }
}

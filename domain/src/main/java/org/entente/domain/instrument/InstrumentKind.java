package org.entente.domain.instrument;

/** What kind of document an instrument is. */
public enum InstrumentKind {
    TREATY, AGREEMENT, MOU, LETTER_OF_INTENT, JOINT_STATEMENT, JOINT_VISION_STATEMENT, COOPERATION_DOCUMENT, OTHER
}

package org.entente.domain.meeting;

/** How firmly the sides took something on. */
public enum CommitmentKind {
    AGREED, PLEDGED, SUPPORTED, REAFFIRMED, PROPOSED, REQUESTED
}

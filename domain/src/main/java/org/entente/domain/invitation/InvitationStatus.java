package org.entente.domain.invitation;

/** Where an invitation stands: extended, then accepted or declined, and an accepted one fulfilled. */
public enum InvitationStatus {
    EXTENDED, ACCEPTED, FULFILLED, DECLINED
}

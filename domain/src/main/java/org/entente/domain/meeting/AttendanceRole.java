package org.entente.domain.meeting;

/** The part a person played at a meeting. */
public enum AttendanceRole {
    HOST, GUEST, CO_CHAIR, HEAD_OF_DELEGATION, DELEGATE, SIGNATORY, WITNESS, PARTICIPANT
}

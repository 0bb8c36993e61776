package org.entente.domain.meeting;

/** Whether a meeting took place or was only planned or proposed. */
public enum MeetingStatus {
    HELD, PLANNED, PROPOSED, CANCELLED
}

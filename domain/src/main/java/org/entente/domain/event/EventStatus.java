package org.entente.domain.event;

/** Whether an event was announced, planned, held or cancelled, as of its sources. */
public enum EventStatus {
    PROPOSED, ANNOUNCED, PLANNED, HELD, CANCELLED
}

package org.entente.domain.event;

/** What kind of event was announced. */
public enum EventKind {
    EXPO, SUMMIT, FORUM, CONFERENCE, HOSTING_YEAR, ANNIVERSARY, OTHER
}

package org.entente.domain.meeting;

/** What kind of meeting the sources report. */
public enum MeetingKind {
    TALKS, DIALOGUE, CONSULTATION, COURTESY_CALL, RECEPTION, PRESS_CONFERENCE, SUMMIT, SIGNING, VISIT_CALL, OTHER
}

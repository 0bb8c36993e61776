package org.entente.graphql.mechanism;

import org.entente.domain.meeting.Meeting;

/** A numbered session of a mechanism and the meeting that was it. */
public record SessionOf(int number, Meeting meeting) {
}

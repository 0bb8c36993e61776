package org.entente.graphql.meeting;

import java.util.List;
import org.entente.domain.geo.Country;
import org.entente.domain.meeting.Attendance;
import org.entente.domain.meeting.AttendanceRole;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.person.Person;
import org.entente.domain.person.Post;
import org.entente.domain.source.Evidence;

/**
 * An attendance with the meeting it belongs to, whose date tells which post the person held, and the attendee
 * when the meeting's attendances were read with their persons ({@code attendeeRead}; the attendee is then null
 * for an attendance that names no person, or one no longer stored).
 */
public record AttendanceAt(Meeting meeting, Attendance attendance, Person attendee, boolean attendeeRead) {
    AttendanceAt(Meeting meeting, Attendance attendance) {
        this(meeting, attendance, null, false);
    }

    public String key() {
        return attendance.key();
    }

    public String titleAsReported() {
        return attendance.titleAsReported();
    }

    public Country country() {
        return attendance.country();
    }

    /** The roles in the order the schema lists them. */
    public List<AttendanceRole> roles() {
        return attendance.roles().stream().sorted().toList();
    }

    public List<Evidence> evidence() {
        return attendance.evidence();
    }

    /** The post {@code person} held at this meeting, as its source reported it; null for no person. */
    public Post postOf(Person person) {
        return person == null ? null : person.postAsReported(meeting.startDate(), titleAsReported());
    }
}

package org.entente.domain;

import java.util.List;
import java.util.Set;
import org.entente.domain.common.PartialDate;
import org.entente.domain.geo.Country;
import org.entente.domain.meeting.Attendance;
import org.entente.domain.meeting.AttendanceRole;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.meeting.MeetingKind;
import org.entente.domain.meeting.MeetingStatus;
import org.entente.domain.person.PersonId;
import org.entente.domain.relation.RelationId;
import org.entente.domain.source.Source;
import org.entente.domain.source.SourceId;

/** Small records the domain tests share. */
final class Samples {
    static final Country VN = Country.of("VN");
    static final Country JP = Country.of("JP");
    static final RelationId RELATION = new RelationId("jp-vn");
    static final PersonId THUONG = new PersonId("vo-van-thuong");
    static final PersonId KISHIDA = new PersonId("fumio-kishida");

    static final Source SOURCE = new Source(new SourceId("s1"), "VNA", null, PartialDate.parse("2023-11-27"), "en", null,
            "Vietnam and Japan on November 27 upgraded their diplomatic relations to a comprehensive strategic partnership.",
            0);

    private Samples() {
    }

    static Attendance attendance(String key, PersonId person, Country country, AttendanceRole... roles) {
        return new Attendance(key, person, null, country, Set.of(roles), List.of());
    }

    static Meeting talks(Attendance... attendances) {
        return new Meeting(new MeetingId("talks-2023-11-27"), RELATION, "Talks", MeetingKind.TALKS, MeetingStatus.HELD,
                PartialDate.parse("2023-11-27"), null, "Tokyo", JP, null, null, List.of("economy"), List.of(),
                List.of(attendances), List.of(), List.of(), 0);
    }
}

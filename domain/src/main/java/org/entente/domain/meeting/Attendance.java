package org.entente.domain.meeting;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.entente.domain.common.Require;
import org.entente.domain.geo.Country;
import org.entente.domain.person.PersonId;
import org.entente.domain.source.Evidence;

/**
 * Who attended a meeting, for which side, in which roles, under the title the source printed.
 * An official reported only by office ("the Governor of Yamaguchi") has no {@code person}: no name is invented.
 * {@code key} identifies the attendance within its meeting.
 */
public record Attendance(String key, PersonId person, String titleAsReported, Country country,
                         Set<AttendanceRole> roles, List<Evidence> evidence) {
    public Attendance {
        key = Require.text(key, "attendance key");
        titleAsReported = Require.optionalText(titleAsReported);
        Require.that(person != null || titleAsReported != null, "ATTENDANCE_ANONYMOUS",
                "an attendance needs a person or at least the title the source reported");
        Require.present(country, "attendance country");
        roles = Require.set(roles, "attendance roles");
        Require.that(!roles.isEmpty(), "ATTENDANCE_WITHOUT_ROLE", "attendance " + key + " needs at least one role");
        roles = Set.copyOf(EnumSet.copyOf(roles));
        evidence = Require.list(evidence, "attendance evidence");
    }

    /** The same attendance by another person. */
    public Attendance by(PersonId other) {
        return new Attendance(key, other, titleAsReported, country, roles, evidence);
    }

    /** This attendance with the roles and evidence of {@code other}, reported of the same person. */
    public Attendance joinedWith(Attendance other) {
        Set<AttendanceRole> allRoles = EnumSet.copyOf(roles);
        allRoles.addAll(other.roles());
        Set<Evidence> allEvidence = new LinkedHashSet<>(evidence);
        allEvidence.addAll(other.evidence());
        return new Attendance(key, person, titleAsReported != null ? titleAsReported : other.titleAsReported(), country,
                allRoles, List.copyOf(allEvidence));
    }

    public boolean has(AttendanceRole role) {
        return roles.contains(role);
    }
}

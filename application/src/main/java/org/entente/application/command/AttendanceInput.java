package org.entente.application.command;

import java.util.List;
import java.util.Set;
import org.entente.domain.common.Require;
import org.entente.domain.geo.Country;
import org.entente.domain.meeting.AttendanceRole;
import org.entente.domain.person.PersonId;

/** An attendance to add: a known person or only the title reported, the side, the roles, the evidence. */
public record AttendanceInput(String key, PersonId person, String titleAsReported, Country country,
                              Set<AttendanceRole> roles, List<Citing> evidence) {
    public AttendanceInput {
        evidence = Require.list(evidence, "evidence");
    }
}

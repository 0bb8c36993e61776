package org.entente.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.domain.Samples.JP;
import static org.entente.domain.Samples.KISHIDA;
import static org.entente.domain.Samples.RELATION;
import static org.entente.domain.Samples.VN;

import java.util.List;
import java.util.Set;
import org.entente.domain.common.RecordKind;
import org.entente.domain.common.Reference;
import org.entente.domain.meeting.Attendance;
import org.entente.domain.meeting.AttendanceRole;
import org.entente.domain.organization.Organization;
import org.entente.domain.organization.OrganizationKind;
import org.entente.domain.organization.OrganizationId;
import org.junit.jupiter.api.Test;

class ReferenceTest {
    @Test
    void a_record_names_each_record_it_refers_to_with_its_field_and_leaves_out_what_it_does_not_give() {
        assertThat(Samples.talks(Samples.attendance("kishida", KISHIDA, JP, AttendanceRole.HOST),
                new Attendance("governor", null, "Governor", VN, Set.of(AttendanceRole.GUEST), List.of())).references())
                .containsExactly(new Reference("relation", RecordKind.RELATION, RELATION),
                        new Reference("attendances[0].person", RecordKind.PERSON, KISHIDA));
    }

    @Test
    void a_record_that_refers_to_nothing_makes_no_reference() {
        assertThat(new Organization(new OrganizationId("mofa"), "MOFA", List.of(), OrganizationKind.MINISTRY, JP,
                List.of(), 0).references()).isEmpty();
    }
}

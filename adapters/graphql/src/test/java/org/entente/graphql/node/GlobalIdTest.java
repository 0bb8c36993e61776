package org.entente.graphql.node;

import org.entente.domain.common.RecordKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.entente.domain.meeting.MeetingId;
import org.entente.domain.person.PersonId;
import org.entente.graphql.error.InvalidArgumentException;
import org.junit.jupiter.api.Test;

class GlobalIdTest {
    @Test
    void an_id_encodes_its_type_and_reads_back() {
        String id = GlobalId.of(RecordKind.MEETING, new MeetingId("jp-vn-2023-11-27-talks"));
        assertThat(id).isEqualTo("TWVldGluZzpqcC12bi0yMDIzLTExLTI3LXRhbGtz").doesNotContain("=");
        assertThat(GlobalId.decode(id, "id")).isEqualTo(new GlobalId(RecordKind.MEETING, "jp-vn-2023-11-27-talks"));
        assertThat(GlobalId.decode(id, RecordKind.MEETING, MeetingId::new, "id"))
                .isEqualTo(new MeetingId("jp-vn-2023-11-27-talks"));
    }

    @Test
    void an_id_of_another_type_is_refused_naming_both_types() {
        String id = GlobalId.of(RecordKind.MEETING, new MeetingId("m"));
        assertThatThrownBy(() -> GlobalId.decode(id, RecordKind.PERSON, PersonId::new, "filter.personId"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("Argument 'filter.personId': '" + id
                        + "' is the id of a Meeting, where the id of a Person is expected");
    }

    @Test
    void malformed_ids_are_refused() {
        for (String bad : new String[] {"", "  ", "***", "bm8tY29sb24", "OnNvbWV0aGluZw", "UGVyc29uOg",
                "UGVyc29uOmJhZCBpZA"}) {
            // "", blank, not base64, "no-colon", ":something", "Person:", "Person:bad id"
            assertThatThrownBy(() -> GlobalId.decode(bad, "id")).as(bad)
                    .isInstanceOfSatisfying(InvalidArgumentException.class,
                            e -> assertThat(e.rule()).isEqualTo("ID_MALFORMED"));
        }
    }
}

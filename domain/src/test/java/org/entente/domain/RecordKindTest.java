package org.entente.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entente.domain.common.RecordKind;
import org.entente.domain.meeting.MeetingId;
import org.junit.jupiter.api.Test;

class RecordKindTest {
    /** Both spellings are stored (store keys and errors; revisions, change notices, global ids): they never change. */
    @Test
    void the_stored_spellings_are_the_ones_in_the_stores() {
        Map<String, String> spellings = new LinkedHashMap<>();
        Arrays.stream(RecordKind.values()).forEach(k -> spellings.put(k.word(), k.typeName()));
        assertThat(spellings).containsExactly(Map.entry("source", "Source"), Map.entry("organization", "Organization"),
                Map.entry("person", "Person"), Map.entry("relation", "BilateralRelation"),
                Map.entry("mechanism", "DialogueMechanism"), Map.entry("visit", "Visit"),
                Map.entry("meeting", "Meeting"), Map.entry("instrument", "Instrument"),
                Map.entry("invitation", "Invitation"), Map.entry("event", "Event"));
    }

    @Test
    void every_aggregate_knows_its_kind_and_each_kind_reads_its_ids() {
        assertThat(Samples.talks().recordKind()).isEqualTo(RecordKind.MEETING);
        assertThat(RecordKind.MEETING.idOf("talks")).isEqualTo(new MeetingId("talks"));
        assertThat(RecordKind.named("DialogueMechanism")).isEqualTo(RecordKind.MECHANISM);
        assertThat(RecordKind.withWord("relation")).isEqualTo(RecordKind.RELATION);
        assertThat(RecordKind.named("Meetings")).isNull();
        assertThatThrownBy(() -> RecordKind.of(String.class)).hasMessageContaining("no kind of record");
    }
}

package org.entente.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.entente.domain.common.AggregateId;
import org.entente.domain.event.EventKind;
import org.entente.domain.event.EventStatus;
import org.entente.domain.instrument.InstrumentKind;
import org.entente.domain.instrument.InstrumentStatus;
import org.entente.domain.invitation.InvitationStatus;
import org.entente.domain.meeting.AttendanceRole;
import org.entente.domain.meeting.CommitmentKind;
import org.entente.domain.meeting.MeetingKind;
import org.entente.domain.meeting.MeetingStatus;
import org.entente.domain.organization.OrganizationKind;
import org.entente.domain.visit.VisitKind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published JSON Schema: itself valid, met by the shipped file and the documented example, in step with the model. */
class SchemaTest {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final String schemaText = read(ShippedDataSet.openSchema());
    private final JsonSchema schema = FACTORY.getSchema(schemaText);
    private final JsonNode tree = JsonMapper.builder().build().readTree(schemaText);

    @Test
    void is_a_valid_draft_2020_12_schema() {
        JsonSchema metaSchema = FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012));
        assertThat(metaSchema.validate(schemaText, InputFormat.JSON)).isEmpty();
        assertThat(tree.get("$schema").stringValue()).isEqualTo(SchemaId.V202012);
    }

    @Test
    void the_shipped_file_meets_it() {
        assertThat(messages(schema.validate(read(ShippedDataSet.open()), InputFormat.JSON))).isEmpty();
    }

    @Test
    void the_documented_example_meets_it() {
        assertThat(messages(schema.validate(DocumentedExample.json(), InputFormat.JSON))).isEmpty();
    }

    @Test
    void a_file_written_with_every_field_meets_it_tombstones_included() {
        String written = new String(new DataSetWriter().write(RoundTripTest.everyField()),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(written).contains("\"mergedInto\"");
        assertThat(messages(schema.validate(written, InputFormat.JSON))).isEmpty();
    }

    @Test
    void it_refuses_what_the_reader_refuses() {
        String file = """
                {"sources": [{"id": "s", "language": "en", "text": "Talks."}],
                 "meetings": [{"id": "m", "relation": "r", "title": "Talks", "kind": "TALKS", "status": "HELD",
                               "startDate": "2025-13", "colour": "red",
                               "attendances": [{"key": "a", "country": "jp", "roles": []}],
                               "evidence": [{"source": "s", "quote": "Talks", "inferred": true}]}]}
                """;
        assertThat(messages(schema.validate(file, InputFormat.JSON)))
                .anyMatch(m -> m.startsWith("$.meetings[0].startDate:"))
                .anyMatch(m -> m.startsWith("$.meetings[0]:") && m.contains("'colour'"))
                .anyMatch(m -> m.startsWith("$.meetings[0].attendances[0].country:"))
                .anyMatch(m -> m.startsWith("$.meetings[0].attendances[0].roles:"))
                .anyMatch(m -> m.startsWith("$.meetings[0].attendances[0]:") && m.contains("'person'"))
                .anyMatch(m -> m.startsWith("$.meetings[0].evidence[0]:") && m.contains("'note'"));
    }

    @Test
    void its_ids_and_constants_are_those_of_the_model() {
        JsonNode defs = tree.get("$defs");
        assertThat(defs.get("id").get("pattern").stringValue()).isEqualTo("^" + AggregateId.FORM.pattern() + "$");
        assertThat(constants(defs.get("organization").get("properties").get("kind"))).isEqualTo(names(OrganizationKind.values()));
        assertThat(constants(defs.get("visit").get("properties").get("kind"))).isEqualTo(names(VisitKind.values()));
        assertThat(constants(defs.get("meeting").get("properties").get("kind"))).isEqualTo(names(MeetingKind.values()));
        assertThat(constants(defs.get("meeting").get("properties").get("status"))).isEqualTo(names(MeetingStatus.values()));
        assertThat(constants(defs.get("attendance").get("properties").get("roles").get("items")))
                .isEqualTo(names(AttendanceRole.values()));
        assertThat(constants(defs.get("commitment").get("properties").get("kind"))).isEqualTo(names(CommitmentKind.values()));
        assertThat(constants(defs.get("instrument").get("properties").get("kind"))).isEqualTo(names(InstrumentKind.values()));
        assertThat(constants(defs.get("statusChange").get("properties").get("status")))
                .isEqualTo(names(InstrumentStatus.values()));
        assertThat(constants(defs.get("invitation").get("properties").get("status")))
                .isEqualTo(names(InvitationStatus.values()));
        assertThat(constants(defs.get("event").get("properties").get("kind"))).isEqualTo(names(EventKind.values()));
        assertThat(constants(defs.get("event").get("properties").get("status"))).isEqualTo(names(EventStatus.values()));
    }

    private static List<String> constants(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.get("enum").forEach(v -> out.add(v.stringValue()));
        return out;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<String> messages(Set<ValidationMessage> found) {
        return found.stream().map(ValidationMessage::getMessage).toList();
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

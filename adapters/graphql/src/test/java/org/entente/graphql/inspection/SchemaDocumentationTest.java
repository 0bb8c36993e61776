package org.entente.graphql.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
import org.entente.graphql.curation.UserErrorCode;
import org.junit.jupiter.api.Test;

/** The schema explains itself in GraphiQL, and its enums are exactly the model's (and the adapter's error codes). */
class SchemaDocumentationTest {
    /** Every file of the schema: the reads, and the mutations with the types only they use. */
    static final List<String> SCHEMA_FILES = List.of("schema.graphqls", "curation.graphqls");

    private final TypeDefinitionRegistry schema = parse();

    @Test
    void every_type_field_argument_and_enum_value_has_a_description() {
        List<String> undescribed = new ArrayList<>();
        for (TypeDefinition<?> type : schema.types().values()) {
            check(type.getName(), description(type), undescribed);
            if (type instanceof ImplementingTypeDefinition<?> fields) {
                for (FieldDefinition field : fields.getFieldDefinitions()) {
                    String path = type.getName() + "." + field.getName();
                    check(path, field.getDescription(), undescribed);
                    for (InputValueDefinition argument : field.getInputValueDefinitions()) {
                        check(path + "(" + argument.getName() + ")", argument.getDescription(), undescribed);
                    }
                }
            }
            if (type instanceof InputObjectTypeDefinition input) {
                for (InputValueDefinition field : input.getInputValueDefinitions()) {
                    check(type.getName() + "." + field.getName(), field.getDescription(), undescribed);
                }
            }
            if (type instanceof EnumTypeDefinition enumType) {
                for (EnumValueDefinition value : enumType.getEnumValueDefinitions()) {
                    check(type.getName() + "." + value.getName(), value.getDescription(), undescribed);
                }
            }
        }
        schema.scalars().values().stream().filter(s -> s.getName().equals("Date"))
                .forEach(s -> check("Date", s.getDescription(), undescribed));
        assertThat(undescribed).isEmpty();
    }

    @Test
    void the_contract_names_are_in_the_schema() {
        assertThat(schema.getType("Node")).isPresent();
        assertThat(schema.scalars()).containsKey("Date");
        Map<String, List<String>> promised = Map.of(
                "Query", List.of("node", "nodes", "relation", "meetings", "persons", "instruments", "events"),
                "BilateralRelation", List.of("id", "countries", "levels", "currentLevel", "levelAt", "mechanisms",
                        "meetings", "instruments", "invitations", "commitments", "timeline"),
                "Meeting", List.of("id", "title", "kind", "startDate", "endDate", "city", "country", "mechanism",
                        "sessionNumber", "visit", "attendances", "instruments", "commitments", "areas", "evidence"),
                "Attendance", List.of("person", "titleAsReported", "country", "roles", "post"),
                "Person", List.of("id", "name", "otherNames", "country", "posts", "meetings"),
                "DialogueMechanism", List.of("id", "name", "format", "sessions", "predecessor", "successor", "upgradedOn"),
                "Instrument", List.of("id", "title", "kind", "binding", "status", "signedOn", "signedAt", "parties",
                        "signatories", "areas", "evidence"),
                "Invitation", List.of("inviter", "invitee", "purpose", "conveyedBy", "extendedAt", "status", "fulfilledBy"),
                "Event", List.of("id", "name", "kind", "host", "city", "startDate", "status"),
                "PageInfo", List.of("hasNextPage", "hasPreviousPage", "startCursor", "endCursor"));
        promised.forEach((type, fields) -> assertThat(fieldNames(type)).as(type).containsAll(fields));
        assertThat(fieldNames("MeetingConnection")).containsExactlyInAnyOrder("edges", "nodes", "pageInfo", "totalCount");
        assertThat(fieldNames("Evidence")).contains("source", "quote", "inferred", "note");
        assertThat(fieldNames("Source")).contains("id", "publisher", "title", "publishedOn", "language", "url");
    }

    @Test
    void every_enum_of_the_schema_is_exactly_the_model_enum() {
        Map<String, Class<? extends Enum<?>>> enums = Map.ofEntries(
                Map.entry("MeetingKind", MeetingKind.class), Map.entry("MeetingStatus", MeetingStatus.class),
                Map.entry("AttendanceRole", AttendanceRole.class), Map.entry("CommitmentKind", CommitmentKind.class),
                Map.entry("VisitKind", VisitKind.class), Map.entry("OrganizationKind", OrganizationKind.class),
                Map.entry("InstrumentKind", InstrumentKind.class), Map.entry("InstrumentStatus", InstrumentStatus.class),
                Map.entry("InvitationStatus", InvitationStatus.class), Map.entry("EventKind", EventKind.class),
                Map.entry("EventStatus", EventStatus.class), Map.entry("UserErrorCode", UserErrorCode.class));
        assertThat(schema.getTypes(EnumTypeDefinition.class)).extracting(EnumTypeDefinition::getName)
                .containsExactlyInAnyOrderElementsOf(enums.keySet());
        enums.forEach((name, model) -> {
            EnumTypeDefinition type = schema.getType(name, EnumTypeDefinition.class).orElseThrow();
            assertThat(type.getEnumValueDefinitions()).extracting(EnumValueDefinition::getName).as(name)
                    .containsExactlyElementsOf(Arrays.stream(model.getEnumConstants()).map(Enum::name).toList());
        });
    }

    private List<String> fieldNames(String type) {
        TypeDefinition<?> definition = schema.getType(type).orElseThrow();
        if (definition instanceof ImplementingTypeDefinition<?> fields) {
            return fields.getFieldDefinitions().stream().map(FieldDefinition::getName).toList();
        }
        throw new AssertionError(type + " has no fields");
    }

    private static Description description(TypeDefinition<?> type) {
        try {
            return (Description) type.getClass().getMethod("getDescription").invoke(type);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(type.getName() + " cannot carry a description", e);
        }
    }

    private static void check(String path, Description description, List<String> undescribed) {
        if (description == null || description.getContent() == null || description.getContent().isBlank()) {
            undescribed.add(path);
        }
    }

    private static TypeDefinitionRegistry parse() {
        TypeDefinitionRegistry all = new TypeDefinitionRegistry();
        for (String file : SCHEMA_FILES) {
            try (InputStream in = SchemaDocumentationTest.class.getResourceAsStream("/graphql/" + file)) {
                all.merge(new SchemaParser().parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return all;
    }
}

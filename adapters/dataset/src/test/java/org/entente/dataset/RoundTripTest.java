package org.entente.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.entente.application.dataset.DataSet;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.PartialDate;
import org.entente.domain.event.Event;
import org.entente.domain.event.EventId;
import org.entente.domain.event.EventKind;
import org.entente.domain.event.EventStatus;
import org.entente.domain.geo.Country;
import org.entente.domain.geo.CountryPair;
import org.entente.domain.instrument.Instrument;
import org.entente.domain.instrument.InstrumentId;
import org.entente.domain.instrument.InstrumentKind;
import org.entente.domain.instrument.InstrumentStatus;
import org.entente.domain.instrument.Party;
import org.entente.domain.instrument.Signatory;
import org.entente.domain.instrument.StatusChange;
import org.entente.domain.invitation.Invitation;
import org.entente.domain.invitation.InvitationId;
import org.entente.domain.invitation.InvitationStatus;
import org.entente.domain.mechanism.DialogueMechanism;
import org.entente.domain.mechanism.MechanismId;
import org.entente.domain.mechanism.MechanismSession;
import org.entente.domain.meeting.Attendance;
import org.entente.domain.meeting.AttendanceRole;
import org.entente.domain.meeting.Commitment;
import org.entente.domain.meeting.CommitmentKind;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.meeting.MeetingKind;
import org.entente.domain.meeting.MeetingStatus;
import org.entente.domain.organization.Organization;
import org.entente.domain.organization.OrganizationId;
import org.entente.domain.organization.OrganizationKind;
import org.entente.domain.person.Person;
import org.entente.domain.person.PersonId;
import org.entente.domain.person.Post;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.relation.PartnershipLevel;
import org.entente.domain.relation.RelationId;
import org.entente.domain.source.Evidence;
import org.entente.domain.source.Source;
import org.entente.domain.source.SourceId;
import org.entente.domain.visit.Visit;
import org.entente.domain.visit.VisitId;
import org.entente.domain.visit.VisitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Write, read and write again gives the same bytes, and reading gives back the aggregates written. */
class RoundTripTest {
    private static final Country VN = Country.of("VN");
    private static final Country JP = Country.of("JP");
    /** Text that tests the writer's escaping and the reader's respect for every byte: edges, CR LF, tabs, emoji. */
    private static final String AWKWARD_TEXT = " date 2025-12-04\r\n\t\"Quoted\" back\\slash — Việt Nam 🇻🇳 \u0001 and"
            + " Việt Nam again, with\u00a0no-break space.\n\n";

    private final DataSetReader reader = new DataSetReader();
    private final DataSetWriter writer = new DataSetWriter();

    @Test
    void the_shipped_file_comes_back_byte_for_byte() {
        byte[] first = writer.write(ShippedDataSet.read(reader));
        byte[] second = writer.write(reader.read(first, "first write"));
        assertThat(new String(second, StandardCharsets.UTF_8)).isEqualTo(new String(first, StandardCharsets.UTF_8));
    }

    @Test
    void every_field_of_every_record_comes_back_and_so_do_the_bytes() {
        DataSet set = everyField();
        byte[] first = writer.write(set);
        DataSet read = reader.read(first, "every-field.json");
        assertThat(writer.write(read)).isEqualTo(first);
        assertThat(read.sources()).containsExactlyElementsOf(stored(set.sources()));
        assertThat(read.sources().get(1).text()).isEqualTo(AWKWARD_TEXT);
        assertThat(read.organizations()).containsExactlyElementsOf(stored(set.organizations()));
        assertThat(read.persons()).containsExactlyElementsOf(stored(set.persons()));
        assertThat(read.relations()).containsExactlyElementsOf(stored(set.relations()));
        assertThat(read.mechanisms()).containsExactlyElementsOf(stored(set.mechanisms()));
        assertThat(read.visits()).containsExactlyElementsOf(stored(set.visits()));
        assertThat(read.meetings()).containsExactlyElementsOf(stored(set.meetings()));
        assertThat(read.instruments()).containsExactlyElementsOf(stored(set.instruments()));
        assertThat(read.invitations()).containsExactlyElementsOf(stored(set.invitations()));
        assertThat(read.events()).containsExactlyElementsOf(stored(set.events()));
    }

    @Test
    void the_order_records_come_in_does_not_change_the_bytes() {
        DataSet set = everyField();
        DataSet reversed = DataSet.of(kind -> reverse(set.of(kind)));
        assertThat(writer.write(reversed)).isEqualTo(writer.write(set));
    }

    @Test
    void the_layout_is_fixed_and_leaves_out_what_has_no_value() {
        String json = new String(writer.write(everyField()), StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\n  \"sources\": [\n    {\"id\": \"s0\", \"language\": \"vi\", \"text\": \"Một câu.\"},\n"
                        + "    {\n      \"id\": \"s1\",\n").endsWith("}\n")
                .doesNotContain("\r").doesNotContain("null").doesNotContain("\"version\"").doesNotContain("\"offset\"")
                .doesNotContain("\"inferred\": false").doesNotContain("[]").doesNotContain("{}")
                .contains("\"text\": \" date 2025-12-04\\r\\n\\t\\\"Quoted\\\" back\\\\slash — Việt Nam 🇻🇳 \\u0001 and")
                .contains("\"roles\": [\"HOST\", \"CO_CHAIR\", \"SIGNATORY\"]")
                .contains("\"countries\": [\"JP\", \"VN\"]")
                .contains("\"binding\": false")
                .contains("\"events\": [\n");
        assertThat(new String(writer.write(DataSet.of(List.of())), StandardCharsets.UTF_8))
                .isEqualTo("{\n  \"sources\": [],\n  \"organizations\": [],\n  \"persons\": [],\n  \"relations\": [],\n"
                        + "  \"mechanisms\": [],\n  \"visits\": [],\n  \"meetings\": [],\n  \"instruments\": [],\n"
                        + "  \"invitations\": [],\n  \"events\": []\n}\n");
    }

    @Test
    void writes_to_files_and_streams_and_reads_from_files(@TempDir Path dir) throws IOException {
        DataSet set = everyField();
        Path file = dir.resolve("pair.json");
        writer.write(set, file);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        writer.write(set, stream);
        assertThat(Files.readAllBytes(file)).isEqualTo(stream.toByteArray()).isEqualTo(writer.write(set));
        assertThat(writer.write(reader.read(file))).isEqualTo(writer.write(set));
    }

    /** One of each record, every optional field given, at versions other than 0 as an export carries them. */
    static DataSet everyField() {
        Source source = new Source(new SourceId("s1"), "Wire", "A title", PartialDate.parse("2025-12-04"), "en",
                "urn:example:s1", AWKWARD_TEXT, 7);
        Source plain = new Source(new SourceId("s0"), null, null, null, "vi", null, "Một câu.", 1);
        Evidence quoted = source.quote("Việt Nam");
        Evidence inferred = source.inferFrom("date 2025-12-04", "a Thursday");
        Evidence noted = source.evidence("back\\slash", false, "a note without inference");
        RelationId relation = new RelationId("jp-vn");
        OrganizationId ministry = new OrganizationId("vn-ministry");
        PersonId vu = new PersonId("nguyen-minh-vu");
        PersonId other = new PersonId("other-person");
        MechanismId dialogue = new MechanismId("jp-vn-dialogue");
        MechanismId twoPlusTwo = new MechanismId("jp-vn-2plus2");
        VisitId visit = new VisitId("jp-vn-visit");
        MeetingId meeting = new MeetingId("jp-vn-meeting");
        PartialDate day = PartialDate.parse("2025-12-04");
        return setOf(
                List.of(source, plain),
                List.of(new Organization(ministry, "Bộ Ngoại giao", List.of("Ministry"), OrganizationKind.MINISTRY, VN,
                        List.of(quoted, noted), 3),
                        new Organization(new OrganizationId("asean"), "ASEAN", List.of(),
                                OrganizationKind.INTERNATIONAL_ORGANIZATION, null, List.of(), 1)),
                List.of(new Person(vu, "Nguyễn Minh Vũ", List.of("Nguyen Minh Vu"), VN, List.of(
                        new Post("Deputy Minister", ministry, PartialDate.parse("2020"), PartialDate.parse("2024-06"),
                                List.of(quoted)),
                        new Post("Standing Deputy Minister", null, null, null, List.of())), List.of(quoted), null, 2),
                        new Person(other, "Other", List.of(), null, List.of(), List.of(), null, 1),
                        new Person(new PersonId("vu-merged"), "Nguyen M. Vu", List.of(), VN, List.of(), List.of(quoted),
                                vu, 2)),
                List.of(new BilateralRelation(relation, CountryPair.of("VN", "JP"), List.of(
                        new PartnershipLevel("Strategic Partnership", PartialDate.parse("2014"),
                                PartialDate.parse("2023-11-27"), null, List.of()),
                        new PartnershipLevel("Comprehensive Strategic Partnership", PartialDate.parse("2023-11-27"), null,
                                meeting, List.of(quoted, inferred))), 5)),
                List.of(DialogueMechanism.established(dialogue, relation, "Dialogue", null, List.of(quoted)),
                        new DialogueMechanism(twoPlusTwo, relation, "Consultation", "2+2", dialogue, day,
                                List.of(inferred), 2)),
                List.of(new Visit(visit, relation, VisitKind.WORKING, vu, JP, PartialDate.parse("2025-12-03"), day,
                        List.of("Tokyo", "Osaka"), List.of(quoted), 1)),
                List.of(new Meeting(meeting, relation, "Consultation", MeetingKind.CONSULTATION, MeetingStatus.HELD, day,
                        PartialDate.parse("2025-12-05"), "Tokyo", JP, new MechanismSession(twoPlusTwo, 1), visit,
                        List.of("defence", "security"), List.of("An outcome."), List.of(
                                new Attendance(vu.value(), vu, "Standing Deputy Minister", VN,
                                        Set.of(AttendanceRole.SIGNATORY, AttendanceRole.HOST, AttendanceRole.CO_CHAIR),
                                        List.of(quoted)),
                                new Attendance("governor", null, "Governor", JP, Set.of(AttendanceRole.GUEST), List.of())),
                        List.of(new Commitment("c1", "Do things.", CommitmentKind.PLEDGED, List.of(VN, JP),
                                List.of("defence"), List.of(quoted))),
                        List.of(inferred), 4)),
                List.of(new Instrument(new InstrumentId("jp-vn-mou"), relation, "MOU", InstrumentKind.MOU, false,
                        List.of(new Party(VN, ministry), new Party(JP, null)),
                        List.of(new Signatory(vu, "Deputy Minister", VN), new Signatory(null, "Governor", JP)),
                        List.of(vu), meeting, day, "Tokyo", List.of("search and rescue"), List.of(
                                new StatusChange(InstrumentStatus.SIGNED, day, List.of(quoted)),
                                new StatusChange(InstrumentStatus.IN_FORCE, null, List.of())), List.of(quoted), 2),
                        new Instrument(new InstrumentId("jp-vn-vision"), relation, "Vision", InstrumentKind.OTHER, null,
                                List.of(), List.of(), List.of(), null, null, null, List.of(),
                                List.of(new StatusChange(InstrumentStatus.ADOPTED, null, List.of())), List.of(), 1)),
                List.of(new Invitation(new InvitationId("jp-vn-invitation"), relation, vu, other, "Visit.", other,
                        meeting, day, InvitationStatus.FULFILLED, meeting, List.of(quoted), 3)),
                List.of(new Event(new EventId("expo"), relation, "Expo", EventKind.EXPO, JP, ministry, "Osaka",
                        PartialDate.parse("2025-04"), PartialDate.parse("2025-10"), EventStatus.PLANNED, List.of(quoted),
                        2)));
    }

    /** The set of the records in {@code lists}. */
    private static DataSet setOf(List<?>... lists) {
        return DataSet.of(Arrays.stream(lists).flatMap(List::stream).map(r -> (Aggregate<?, ?>) r).toList());
    }

    /** The aggregates as a read gives them: at version 0, ordered by id. */
    private static <A extends Aggregate<?, A>> List<A> stored(List<A> written) {
        return written.stream().map(a -> a.withVersion(0)).sorted(Comparator.comparing(a -> a.id().value())).toList();
    }

    private static <T> List<T> reverse(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}

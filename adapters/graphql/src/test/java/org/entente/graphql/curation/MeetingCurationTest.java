package org.entente.graphql.curation;

import org.entente.domain.common.RecordKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.graphql.curation.Given.refused;
import static org.entente.graphql.curation.Given.run;
import static org.entente.graphql.curation.Given.with;

import java.util.List;
import java.util.Map;
import org.entente.domain.meeting.MeetingId;
import org.entente.graphql.fake.CurationWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

@CurationTest
class MeetingCurationTest {
    @Autowired
    GraphQlTester graphQlTester;
    @Autowired
    CurationWorld world;

    @Test
    void records_a_meeting_with_attendances_and_evidence_found_in_the_source() {
        String localId = world.nextId("talks");
        GraphQlTester.Response response = run(graphQlTester, "record-meeting", Given.meeting(localId));
        response.path("recordMeeting.userErrors").entityList(Object.class).hasSize(0)
                .path("recordMeeting.meeting.id").entity(String.class).isEqualTo(Given.meetingId(localId))
                .path("recordMeeting.meeting.version").entity(Integer.class).isEqualTo(1)
                .path("recordMeeting.meeting.attendances[*].person.name").entityList(String.class)
                .containsExactly("Nguyễn Minh Vũ", "Funakoshi Takehiro")
                .path("recordMeeting.meeting.evidence[0].offset").entity(Integer.class)
                .isEqualTo(CurationWorld.TEXT.indexOf("held talks with his Japanese counterpart"))
                .path("recordMeeting.meeting.evidence[0].source.id").entity(String.class).isEqualTo(Given.SOURCE);
    }

    @Test
    void a_quote_not_in_its_source_names_the_quote_and_stores_nothing() {
        String localId = world.nextId("talks");
        Map<String, Object> input = with(Given.meeting(localId), "attendances", List.of(
                Given.attendance(Given.VU, "VN", Given.quote("Nguyễn Minh Vũ chaired"))));
        meetingRefused(input, "QUOTE_NOT_IN_SOURCE", "input", "attendances", "0", "evidence", "0", "quote");
        assertThat(world.storage.meetings().findById(new MeetingId(localId))).isEmpty();
    }

    @Test
    void an_unknown_person_source_or_relation_names_the_field_that_referred_to_it() {
        String nobody = Given.id(RecordKind.PERSON, new org.entente.domain.person.PersonId("nobody"));
        meetingRefused(with(Given.meeting(world.nextId("talks")), "attendances",
                        List.of(Given.attendance(nobody, "VN", Given.quote("Nguyễn Minh Vũ")))),
                "NOT_FOUND", "input", "attendances", "0", "personId");
        String unknownSource = Given.id(RecordKind.SOURCE, new org.entente.domain.source.SourceId("unknown"));
        meetingRefused(with(Given.meeting(world.nextId("talks")), "evidence",
                        List.of(Map.of("sourceId", unknownSource, "quote", "held talks"))),
                "NOT_FOUND", "input", "evidence", "0", "sourceId");
        String otherRelation = Given.id(RecordKind.RELATION,
                new org.entente.domain.relation.RelationId("fr-vn"));
        meetingRefused(with(Given.meeting(world.nextId("talks")), "relationId", otherRelation),
                "NOT_FOUND", "input", "relationId");
    }

    @Test
    void every_quote_not_in_its_source_is_reported_at_once() {
        String localId = world.nextId("talks");
        Map<String, Object> input = with(Given.meeting(localId), "attendances", List.of(
                Given.attendance(Given.VU, "VN", Given.quote("Nguyễn Minh Vũ chaired")),
                Given.attendance(Given.FUNAKOSHI, "JP", Given.quote("Funakoshi Takehiro chaired"))));
        run(graphQlTester, "record-meeting", input)
                .path("recordMeeting.meeting").valueIsNull()
                .path("recordMeeting.userErrors[*].code").entityList(String.class)
                .containsExactly("QUOTE_NOT_IN_SOURCE", "QUOTE_NOT_IN_SOURCE")
                .path("recordMeeting.userErrors[0].field").entityList(String.class)
                .containsExactly("input", "attendances", "0", "evidence", "0", "quote")
                .path("recordMeeting.userErrors[1].field").entityList(String.class)
                .containsExactly("input", "attendances", "1", "evidence", "0", "quote");
        assertThat(world.storage.meetings().findById(new MeetingId(localId))).isEmpty();
    }

    @Test
    void an_unknown_person_does_not_hide_the_bad_quotes() {
        String nobody = Given.id(RecordKind.PERSON, new org.entente.domain.person.PersonId("nobody"));
        Map<String, Object> input = with(with(Given.meeting(world.nextId("talks")), "attendances", List.of(
                        Given.attendance(nobody, "VN", Given.quote("Nguyễn Minh Vũ chaired")))),
                "evidence", List.of(Given.quote("held talks in Osaka")));
        run(graphQlTester, "record-meeting", input)
                .path("recordMeeting.userErrors[*].code").entityList(String.class)
                .containsExactly("NOT_FOUND", "QUOTE_NOT_IN_SOURCE", "QUOTE_NOT_IN_SOURCE")
                .path("recordMeeting.userErrors[0].field").entityList(String.class)
                .containsExactly("input", "attendances", "0", "personId")
                .path("recordMeeting.userErrors[1].field").entityList(String.class)
                .containsExactly("input", "evidence", "0", "quote")
                .path("recordMeeting.userErrors[2].field").entityList(String.class)
                .containsExactly("input", "attendances", "0", "evidence", "0", "quote");
    }

    @Test
    void every_malformed_country_is_reported_at_once() {
        Map<String, Object> input = with(with(Given.meeting(world.nextId("talks")), "country", "Japan"),
                "attendances", List.of(Given.attendance(Given.VU, "Viet Nam", Given.quote("Nguyễn Minh Vũ"))));
        run(graphQlTester, "record-meeting", input)
                .path("recordMeeting.userErrors[*].field").entityList(Object.class).hasSize(2)
                .path("recordMeeting.userErrors[0].field").entityList(String.class).containsExactly("input", "country")
                .path("recordMeeting.userErrors[1].field").entityList(String.class)
                .containsExactly("input", "attendances", "0", "country");
    }

    @Test
    void a_required_input_field_left_out_of_a_literal_is_told_in_our_words() {
        String mutation = "mutation { recordMeeting(input: {localId: \"lit-1\", relationId: \"" + Given.RELATION
                + "\", title: \"Talks\", kind: TALKS, status: HELD, startDate: \"2024-12-12\", "
                + "attendances: [{personId: \"" + Given.VU + "\", roles: [CHIEF], evidence: []}]}) "
                + "{ userErrors { code } } }";
        graphQlTester.document(mutation).execute().errors().satisfy(errors -> {
            assertThat(errors).extracting(e -> e.getMessage()).containsExactlyInAnyOrder(
                    "input.evidence is required: a list of EvidenceInput",
                    "input.attendances.0.country is required: a String",
                    "input.attendances.0.roles.0 must be one of " + String.join(", ", roleNames()) + ", was CHIEF");
            assertThat(errors).allSatisfy(e -> assertThat(e.getMessage()).doesNotContain("ObjectValue"));
            assertThat(errors).extracting(e -> e.getExtensions().get("field")).contains(List.of("input", "evidence"));
            assertThat(errors).extracting(e -> e.getExtensions().get("code")).containsOnly("INPUT_MALFORMED");
        });
    }

    private static List<String> roleNames() {
        return java.util.Arrays.stream(org.entente.domain.meeting.AttendanceRole.values()).map(Enum::name).toList();
    }

    @Test
    void an_inference_without_a_note_names_the_note() {
        meetingRefused(with(Given.meeting(world.nextId("talks")), "evidence",
                        List.of(Map.of("sourceId", Given.SOURCE, "quote", "held talks", "inferred", true))),
                "INFERENCE_NEEDS_NOTE", "input", "evidence", "0", "note");
    }

    @Test
    void a_second_meeting_as_the_same_session_names_the_session_number() {
        int session = world.nextSession();
        Map<String, Object> first = with(with(Given.meeting(world.nextId("spd")), "mechanismId", Given.DIALOGUE),
                "sessionNumber", session);
        run(graphQlTester, "record-meeting", first).path("recordMeeting.userErrors").entityList(Object.class).hasSize(0);
        Map<String, Object> second = with(first, "localId", world.nextId("spd"));
        meetingRefused(second, "SESSION_NUMBER_TAKEN", "input", "sessionNumber");
    }

    @Test
    void a_meeting_that_ends_before_it_starts_names_the_end_date() {
        meetingRefused(with(Given.meeting(world.nextId("talks")), "endDate", "2024-12-01"),
                "MEETING_ENDS_BEFORE_START", "input", "endDate");
    }

    @Test
    void a_taken_id_names_the_local_id() {
        String localId = world.nextId("talks");
        Given.recordedMeeting(graphQlTester, localId);
        meetingRefused(Given.meeting(localId), "ID_TAKEN", "input", "localId");
    }

    @Test
    void malformed_input_stays_a_graphql_error() {
        Map<String, Object> noTitle = with(Given.meeting(world.nextId("talks")), "title", null);
        graphQlTester.documentName("record-meeting").variable("input", noTitle).execute().errors()
                .expect(e -> e.getMessage().contains("title")).verify();
        Map<String, Object> badId = with(Given.meeting(world.nextId("talks")), "relationId", "not-an-id");
        graphQlTester.documentName("record-meeting").variable("input", badId).execute().errors()
                .expect(e -> e.getMessage().contains("input.relationId")).verify();
    }

    @Test
    void an_update_at_the_stored_version_lands_and_a_stale_one_changes_nothing() {
        String id = Given.recordedMeeting(graphQlTester, world.nextId("talks"));
        run(graphQlTester, "update-meeting", Map.of("id", id, "expectedVersion", 1, "title", "Strategic talks"))
                .path("updateMeeting.userErrors").entityList(Object.class).hasSize(0)
                .path("updateMeeting.meeting.version").entity(Integer.class).isEqualTo(2)
                .path("updateMeeting.meeting.title").entity(String.class).isEqualTo("Strategic talks");
        refused(graphQlTester, "update-meeting", Map.of("id", id, "expectedVersion", 1, "title", "Stale talks"),
                "STALE_VERSION", "input", "expectedVersion")
                .path("updateMeeting.meeting").valueIsNull();
        graphQlTester.documentName("meeting-history").variable("id", id).execute().errors().verify()
                .path("node.title").entity(String.class).isEqualTo("Strategic talks");
    }

    @Test
    void an_update_of_nothing_or_of_an_unknown_meeting_is_refused() {
        String id = Given.recordedMeeting(graphQlTester, world.nextId("talks"));
        run(graphQlTester, "update-meeting", Map.of("id", id, "expectedVersion", 1))
                .path("updateMeeting.userErrors[0].code").entity(String.class).isEqualTo("NOTHING_TO_UPDATE")
                .path("updateMeeting.userErrors[0].field").valueIsNull();
        refused(graphQlTester, "update-meeting", Map.of("id", Given.meetingId("no-such-meeting"), "expectedVersion", 1,
                "title", "x"), "NOT_FOUND", "input", "id");
    }

    @Test
    void an_attendance_is_added_once_and_withdrawn_by_its_key() {
        String id = Given.recordedMeeting(graphQlTester, world.nextId("talks"));
        Map<String, Object> kamikawa = Given.attendance(Given.KAMIKAWA, "JP", Given.quote("his Japanese counterpart"));
        run(graphQlTester, "add-attendance", Map.of("meetingId", id, "expectedVersion", 1, "attendance", kamikawa))
                .path("addAttendance.userErrors").entityList(Object.class).hasSize(0)
                .path("addAttendance.meeting.version").entity(Integer.class).isEqualTo(2)
                .path("addAttendance.meeting.attendances[2].person.name").entity(String.class).isEqualTo("Kamikawa Yōko");
        refused(graphQlTester, "add-attendance", Map.of("meetingId", id, "expectedVersion", 2, "attendance", kamikawa),
                "ATTENDANCE_KEY_DUPLICATE", "input", "attendance", "key");
        run(graphQlTester, "add-attendance", Map.of("meetingId", id, "expectedVersion", 1, "attendance", kamikawa))
                .path("addAttendance.userErrors[0].code").entity(String.class).isEqualTo("STALE_VERSION");

        refused(graphQlTester, "remove-attendance", Map.of("meetingId", id, "expectedVersion", 2,
                "attendanceKey", "no-such-key"), "ATTENDANCE_NOT_FOUND", "input", "attendanceKey");
        run(graphQlTester, "remove-attendance", Map.of("meetingId", id, "expectedVersion", 1,
                "attendanceKey", CurationWorld.KAMIKAWA.value()))
                .path("removeAttendance.userErrors[0].code").entity(String.class).isEqualTo("STALE_VERSION");
        run(graphQlTester, "remove-attendance", Map.of("meetingId", id, "expectedVersion", 2,
                "attendanceKey", CurationWorld.KAMIKAWA.value()))
                .path("removeAttendance.userErrors").entityList(Object.class).hasSize(0)
                .path("removeAttendance.meeting.version").entity(Integer.class).isEqualTo(3)
                .path("removeAttendance.meeting.attendances[*].key").entityList(String.class)
                .containsExactly(CurationWorld.VU.value(), CurationWorld.FUNAKOSHI.value());
    }

    @Test
    void a_commitment_needs_a_side_and_the_stored_version() {
        String id = Given.recordedMeeting(graphQlTester, world.nextId("talks"));
        Map<String, Object> commitment = Map.of("meetingId", id, "expectedVersion", 1, "text",
                "sign a memorandum on search and rescue", "kind", "AGREED", "sides", List.of("VN", "JP"),
                "evidence", List.of(Given.quote("signed a memorandum on search and rescue")));
        refused(graphQlTester, "record-commitment", with(commitment, "sides", List.of()),
                "COMMITMENT_WITHOUT_SIDE", "input", "sides");
        refused(graphQlTester, "record-commitment", with(commitment, "sides", List.of("XX")),
                "COUNTRY_UNKNOWN", "input", "sides", "0");
        run(graphQlTester, "record-commitment", commitment)
                .path("recordCommitment.userErrors").entityList(Object.class).hasSize(0)
                .path("recordCommitment.meeting.commitments[0].kind").entity(String.class).isEqualTo("AGREED")
                .path("recordCommitment.meeting.version").entity(Integer.class).isEqualTo(2);
        run(graphQlTester, "record-commitment", commitment)
                .path("recordCommitment.userErrors[0].code").entity(String.class).isEqualTo("STALE_VERSION");
    }

    @Test
    void a_meeting_history_says_who_changed_what_from_which_version() {
        String id = Given.recordedMeeting(graphQlTester, world.nextId("talks"));
        run(graphQlTester, "update-meeting", Map.of("id", id, "expectedVersion", 1, "title", "Strategic talks"));
        graphQlTester.documentName("meeting-history").variable("id", id).execute().errors().verify()
                .path("node.version").entity(Integer.class).isEqualTo(2)
                .path("node.history.totalCount").entity(Integer.class).isEqualTo(2)
                .path("node.history.nodes[*].operation").entityList(String.class)
                .containsExactly("recordMeeting", "updateMeeting")
                .path("node.history.nodes[1].previousVersion").entity(Integer.class).isEqualTo(1)
                .path("node.history.nodes[1].changedFields").entityList(String.class).containsExactly("title")
                .path("node.history.nodes[1].actor").entity(String.class).isEqualTo("curator")
                .path("node.history.nodes[1].at").entity(String.class).isEqualTo("2026-01-01T09:30:00Z");
        String cursor = graphQlTester.documentName("meeting-history").variable("id", id).variable("first", 1).execute()
                .path("node.history.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
                .path("node.history.pageInfo.endCursor").entity(String.class).get();
        graphQlTester.documentName("meeting-history").variable("id", id).variable("first", 1)
                .variable("after", cursor).execute()
                .path("node.history.nodes[*].version").entityList(Integer.class).containsExactly(2);
    }

    /** A meeting refused: none is recorded, and the first user error has {@code code} at {@code field}. */
    private void meetingRefused(Map<String, Object> input, String code, String... field) {
        refused(graphQlTester, "record-meeting", input, code, field).path("recordMeeting.meeting").valueIsNull();
    }
}

package org.entente.graphql.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.graphql.curation.Given.refused;
import static org.entente.graphql.curation.Given.run;
import static org.entente.graphql.curation.Given.with;

import java.util.List;
import java.util.Map;
import org.entente.domain.common.StaleVersionException;
import org.entente.domain.person.PersonId;
import org.entente.graphql.fake.CurationWorld;
import org.entente.graphql.node.GlobalId;
import org.entente.domain.common.RecordKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

@CurationTest
class MergePersonsCurationTest {
    private static final Map<String, Object> WHY = Given.quote("Nguyễn Minh Vũ co-chaired");

    @Autowired
    GraphQlTester graphQlTester;
    @Autowired
    CurationWorld world;

    /** Registers a throwaway person of Vietnam and answers its global id. */
    private String registered(String name, List<Map<String, Object>> posts) {
        return run(graphQlTester, "register-person", Map.of("localId", world.nextId("person"), "name", name,
                "country", "VN", "posts", posts))
                .path("registerPerson.userErrors").entityList(Object.class).hasSize(0)
                .path("registerPerson.person.id").entity(String.class).get();
    }

    /** Records a meeting attended by {@code personId} and Funakoshi, and answers its global id. */
    private String meetingAttendedBy(String personId) {
        return run(graphQlTester, "record-meeting", with(Given.meeting(world.nextId("meeting")), "attendances", List.of(
                Given.attendance(personId, "VN", Given.quote("Nguyễn Minh Vũ co-chaired")),
                Given.attendance(Given.FUNAKOSHI, "JP", Given.quote("Funakoshi Takehiro")))))
                .path("recordMeeting.userErrors").entityList(Object.class).hasSize(0)
                .path("recordMeeting.meeting.id").entity(String.class).get();
    }

    private static Map<String, Object> merge(String survivorId, String mergedId) {
        return Map.of("survivorId", survivorId, "mergedId", mergedId, "evidence", List.of(WHY));
    }

    private static String localIdOf(String globalId) {
        return GlobalId.decode(globalId, "id").localId();
    }

    @Test
    void the_merged_persons_names_posts_and_meetings_go_to_the_survivor_and_its_id_leads_there() {
        String survivor = registered("Lê Văn Thành", List.of());
        String merged = registered("Le Van Thanh", List.of(Map.of("title", "Deputy Prime Minister")));
        String meeting = meetingAttendedBy(merged);

        run(graphQlTester, "merge-persons", merge(survivor, merged))
                .path("mergePersons.userErrors").entityList(Object.class).hasSize(0)
                .path("mergePersons.person.id").entity(String.class).isEqualTo(survivor)
                .path("mergePersons.person.version").entity(Integer.class).isEqualTo(2)
                .path("mergePersons.person.otherNames").entityList(String.class).contains("Le Van Thanh")
                .path("mergePersons.person.posts[*].title").entityList(String.class).containsExactly("Deputy Prime Minister")
                .path("mergePersons.person.meetings.totalCount").entity(Integer.class).isEqualTo(1)
                .path("mergePersons.person.meetings.nodes[0].id").entity(String.class).isEqualTo(meeting);

        graphQlTester.documentName("merged-person").variable("id", merged).variable("meetingId", meeting)
                .variable("name", "le van thanh").execute().errors().verify()
                .path("node.__typename").entity(String.class).isEqualTo("Person")
                .path("node.id").entity(String.class).isEqualTo(survivor)
                .path("nodes[0].id").entity(String.class).isEqualTo(survivor)
                .path("meeting.attendances[*].person.id").entityList(String.class)
                .containsExactly(survivor, Given.FUNAKOSHI)
                .path("persons.totalCount").entity(Integer.class).isEqualTo(1)
                .path("persons.nodes[0].id").entity(String.class).isEqualTo(survivor);
        assertThat(world.revisions.history("Meeting", localIdOf(meeting),
                org.entente.application.page.PageRequest.first(10)).items())
                .extracting(r -> r.operation()).containsExactly("recordMeeting", "mergePersons");
    }

    @Test
    void the_same_idempotency_key_merges_once_and_answers_the_survivor() {
        String survivor = registered("Trần Quốc Vượng", List.of());
        String merged = registered("Tran Quoc Vuong", List.of());
        Map<String, Object> request = with(merge(survivor, merged), "idempotencyKey", world.nextId("key"));
        run(graphQlTester, "merge-persons", request)
                .path("mergePersons.userErrors").entityList(Object.class).hasSize(0);
        run(graphQlTester, "merge-persons", request)
                .path("mergePersons.userErrors").entityList(Object.class).hasSize(0)
                .path("mergePersons.person.id").entity(String.class).isEqualTo(survivor)
                .path("mergePersons.person.version").entity(Integer.class).isEqualTo(2);
        run(graphQlTester, "merge-persons", merge(survivor, merged))
                .path("mergePersons.userErrors[0].code").entity(String.class).isEqualTo("PERSON_ALREADY_MERGED");
    }

    @Test
    void persons_that_are_not_there_are_not_found_at_the_field_that_named_them() {
        String someone = registered("Phạm Minh Chính", List.of());
        String nobody = Given.id(RecordKind.PERSON, new PersonId("nobody-at-all"));
        refused(graphQlTester, "merge-persons", merge(nobody, someone), "NOT_FOUND", "input", "survivorId")
                .path("mergePersons.person").valueIsNull();
        refused(graphQlTester, "merge-persons", merge(someone, nobody), "NOT_FOUND", "input", "mergedId");
    }

    @Test
    void a_person_is_not_merged_with_itself_nor_with_someone_of_another_country() {
        String someone = registered("Bùi Thanh Sơn", List.of());
        refused(graphQlTester, "merge-persons", merge(someone, someone),
                "PERSON_MERGED_WITH_ITSELF", "input", "mergedId");
        run(graphQlTester, "merge-persons", merge(someone, Given.FUNAKOSHI))
                .path("mergePersons.userErrors[0].code").entity(String.class)
                .isEqualTo("PERSONS_OF_DIFFERENT_COUNTRIES")
                .path("mergePersons.userErrors[0].field").entityList(String.class).containsExactly("input", "mergedId");
        assertThat(world.storage.persons().findById(CurationWorld.FUNAKOSHI).orElseThrow().isTombstone()).isFalse();
    }

    @Test
    void a_tombstone_is_neither_merged_again_nor_merged_into() {
        String survivor = registered("Đỗ Hùng Việt", List.of());
        String merged = registered("Do Hung Viet", List.of());
        String third = registered("Đỗ H. Việt", List.of());
        run(graphQlTester, "merge-persons", merge(survivor, merged))
                .path("mergePersons.userErrors").entityList(Object.class).hasSize(0);
        refused(graphQlTester, "merge-persons", merge(third, merged), "PERSON_ALREADY_MERGED", "input", "mergedId");
        refused(graphQlTester, "merge-persons", merge(merged, third), "PERSON_MERGED_AWAY", "input", "survivorId");
    }

    @Test
    void the_evidence_must_quote_its_source_and_be_given() {
        String survivor = registered("Ngô Lê Văn", List.of());
        String merged = registered("Ngo Le Van", List.of());
        refused(graphQlTester, "merge-persons", with(merge(survivor, merged), "evidence",
                List.of(WHY, Given.quote("the two are one man"))),
                "QUOTE_NOT_IN_SOURCE", "input", "evidence", "1", "quote");
        refused(graphQlTester, "merge-persons", with(merge(survivor, merged), "evidence", List.of()),
                "EVIDENCE_REQUIRED", "input", "evidence");
        assertThat(world.storage.persons().findById(new PersonId(localIdOf(merged))).orElseThrow().isTombstone())
                .isFalse();
    }

    @Test
    void a_stale_version_points_at_the_person_changed_meanwhile_or_else_at_the_merged_one() {
        String survivor = Given.id(RecordKind.PERSON, new PersonId("survivor"));
        String merged = Given.id(RecordKind.PERSON, new PersonId("merged"));
        InputTrail trail = new InputTrail();
        DirectoryCommands.merge(new Inputs.MergePersonsInput(survivor, merged,
                List.of(new Inputs.EvidenceInput(Given.SOURCE, "Nguyễn Minh Vũ co-chaired", null, null)), null), trail);

        UserError survivorChanged = Refusals.of(new StaleVersionException("person", "survivor", 3), trail).get(0);
        assertThat(survivorChanged.code()).isEqualTo(UserErrorCode.STALE_VERSION);
        assertThat(survivorChanged.field()).containsExactly("input", "survivorId");
        assertThat(Refusals.of(new StaleVersionException("person", "merged", 1), trail).get(0).field())
                .containsExactly("input", "mergedId");
        assertThat(Refusals.of(new StaleVersionException("meeting", "talks", 2), trail).get(0).field())
                .containsExactly("input", "mergedId");
    }
}

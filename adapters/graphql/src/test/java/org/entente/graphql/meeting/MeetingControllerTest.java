package org.entente.graphql.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.entente.graphql.ControllerSlice;
import org.entente.graphql.ControllerSliceTest;
import org.entente.graphql.node.NodeController;
import org.entente.graphql.person.PersonController;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

@ControllerSliceTest({MeetingController.class, NodeController.class, PersonController.class})
class MeetingControllerTest extends ControllerSlice {
    static final String NAMAZU = "UGVyc29uOm5hbWF6dS1oaXJveXVraQ"; // Person:namazu-hiroyuki
    static final String TWO_PLUS_TWO = "RGlhbG9ndWVNZWNoYW5pc206anAtdm4tMnBsdXMy"; // DialogueMechanism:jp-vn-2plus2

    @Test
    void a_meeting_known_to_the_month_matches_a_range_that_overlaps_it() {
        assertThat(ids(Map.of("from", "2024-12-10", "to", "2024-12-20"))).containsExactly(
                "jp-vn-2024-12-strategic-partnership-dialogue-8", "jp-vn-2024-12-vu-meeting-governor-of-yamaguchi");
    }

    @Test
    void from_and_to_are_inclusive() {
        assertThat(ids(Map.of("from", "2023-11-27", "to", "2023-11-27"))).containsExactly(
                "jp-vn-2023-11-27-press-conference", "jp-vn-2023-11-27-talks");
        assertThat(ids(Map.of("from", "2025-12-04"))).containsExactly(
                "jp-vn-2025-12-vu-talks-namazu-hiroyuki", "jp-vn-2025-12-04-2plus2-consultation-1");
    }

    @Test
    void meetings_are_ordered_by_date_then_id() {
        assertThat(ids(Map.of())).containsExactly(
                "jp-vn-2023-11-27-press-conference", "jp-vn-2023-11-27-talks", "fr-vn-2024-06-talks",
                "jp-vn-2024-12-strategic-partnership-dialogue-8", "jp-vn-2024-12-vu-meeting-governor-of-yamaguchi",
                "jp-vn-2025-12-vu-talks-namazu-hiroyuki", "jp-vn-2025-12-04-2plus2-consultation-1");
    }

    @Test
    void meetings_filter_by_attendee_kind_mechanism_country_and_area() {
        assertThat(ids(Map.of("personId", NAMAZU))).containsExactly(
                "jp-vn-2025-12-vu-talks-namazu-hiroyuki", "jp-vn-2025-12-04-2plus2-consultation-1");
        assertThat(ids(Map.of("kind", "TALKS"))).containsExactly("jp-vn-2023-11-27-talks", "fr-vn-2024-06-talks",
                "jp-vn-2025-12-vu-talks-namazu-hiroyuki");
        assertThat(ids(Map.of("mechanismId", TWO_PLUS_TWO))).containsExactly("jp-vn-2025-12-04-2plus2-consultation-1");
        assertThat(ids(Map.of("country", "fr"))).containsExactly("fr-vn-2024-06-talks");
        assertThat(ids(Map.of("area", "DEFENSE"))).containsExactly("jp-vn-2024-12-strategic-partnership-dialogue-8");
        assertThat(ids(Map.of("area", "defence", "kind", "CONSULTATION")))
                .containsExactly("jp-vn-2025-12-04-2plus2-consultation-1");
    }

    @Test
    void an_attendance_gives_the_post_held_on_the_meeting_date() {
        GraphQlTester.Response response = details("2023-11-27", "2023-11-27");
        response.path("meetings.nodes[1].title").entity(String.class)
                .isEqualTo("Talks between President Vo Van Thuong and Prime Minister Fumio Kishida")
                .path("meetings.nodes[1].attendances[1].person.name").entity(String.class).isEqualTo("Fumio Kishida")
                // "Japanese Prime Minister" names no post; of his two posts only this one was held in 2023
                .path("meetings.nodes[1].attendances[1].post.title").entity(String.class).isEqualTo("Prime Minister")
                .path("meetings.nodes[1].attendances[1].post.since").entity(String.class).isEqualTo("2021-10-04")
                .path("meetings.nodes[1].attendances[1].roles").entityList(String.class).containsExactly("HOST", "WITNESS")
                .path("meetings.nodes[1].attendances[1].country.code").entity(String.class).isEqualTo("JP");
    }

    @Test
    void an_attendance_prefers_the_post_titled_as_reported() {
        details("2024-12", "2024-12")
                .path("meetings.nodes[0].attendances[0].post.title").entity(String.class)
                .isEqualTo("Permanent Deputy Minister of Foreign Affairs")
                .path("meetings.nodes[0].attendances[0].post.organization.name").entity(String.class)
                .isEqualTo("Ministry of Foreign Affairs of Viet Nam")
                // a person with no recorded post
                .path("meetings.nodes[0].attendances[1].person.name").entity(String.class).isEqualTo("Funakoshi Takehiro")
                .path("meetings.nodes[0].attendances[1].post").valueIsNull();
    }

    @Test
    void an_official_reported_only_by_office_has_no_person() {
        details("2024-12", "2024-12")
                .path("meetings.nodes[1].attendances[1].titleAsReported").entity(String.class)
                .isEqualTo("Governor of Yamaguchi")
                .path("meetings.nodes[1].attendances[1].person").valueIsNull()
                .path("meetings.nodes[1].attendances[1].post").valueIsNull();
    }

    @Test
    void a_meeting_gives_its_session_instruments_and_commitments() {
        details("2025-12-04", "2025-12-04") // a meeting of 2025-12 overlaps too, and comes first
                .path("meetings.nodes[1].sessionNumber").entity(Integer.class).isEqualTo(1)
                .path("meetings.nodes[1].mechanism.id").entity(String.class).isEqualTo(TWO_PLUS_TWO)
                .path("meetings.nodes[1].instruments[*].title").entityList(String.class)
                .containsExactly("Memorandum of understanding on search and rescue")
                .path("meetings.nodes[1].commitments[0].key").entity(String.class).isEqualTo("maritime")
                .path("meetings.nodes[1].commitments[0].sides[*].code").entityList(String.class).containsExactly("VN", "JP")
                .path("meetings.nodes[1].commitments[0].meeting.title").entity(String.class)
                .isEqualTo("First Foreign and Defence Vice-Ministerial Consultation")
                .path("meetings.nodes[1].country.name").entity(String.class).isEqualTo("Japan")
                .path("meetings.nodes[1].startDate").entity(String.class).isEqualTo("2025-12-04")
                .path("meetings.nodes[1].endDate").valueIsNull()
                .path("meetings.nodes[1].status").entity(String.class).isEqualTo("HELD");
    }

    @Test
    void a_meeting_outside_any_mechanism_has_no_session() {
        details("2023-11-27", "2023-11-27")
                .path("meetings.nodes[1].sessionNumber").valueIsNull()
                .path("meetings.nodes[1].mechanism").valueIsNull()
                .path("meetings.nodes[1].visit.id").entity(String.class).isNotEqualTo("");
    }

    private GraphQlTester.Response details(String from, String to) {
        GraphQlTester.Response response = graphQlTester.documentName("meeting-details").variable("from", from)
                .variable("to", to).execute();
        response.errors().verify();
        return response;
    }

    private List<String> ids(Map<String, Object> filter) {
        List<String> titles = graphQlTester.documentName("meetings-filtered").variable("filter", filter).execute()
                .errors().verify().path("meetings.nodes[*].id").entityList(String.class).get();
        return titles.stream().map(id -> new String(java.util.Base64.getUrlDecoder().decode(id),
                java.nio.charset.StandardCharsets.UTF_8).substring("Meeting:".length())).toList();
    }
}

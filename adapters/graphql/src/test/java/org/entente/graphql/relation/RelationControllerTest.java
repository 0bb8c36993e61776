package org.entente.graphql.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.entente.graphql.ControllerSlice;
import org.entente.graphql.ControllerSliceTest;
import org.entente.graphql.geo.CountryController;
import org.entente.graphql.instrument.InstrumentController;
import org.entente.graphql.node.NodeController;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

@ControllerSliceTest({RelationController.class, NodeController.class, CountryController.class, InstrumentController.class})
class RelationControllerTest extends ControllerSlice {
    static final String JP_VN = "QmlsYXRlcmFsUmVsYXRpb246anAtdm4"; // BilateralRelation:jp-vn

    @Test
    void the_relation_is_the_same_in_either_order() {
        relation(List.of("VN", "JP"), "2023").path("relation.id").entity(String.class).isEqualTo(JP_VN);
        relation(List.of("jp", "vn"), "2023").path("relation.id").entity(String.class).isEqualTo(JP_VN);
    }

    @Test
    void no_relation_recorded_is_null() {
        relation(List.of("FR", "JP"), "2023").path("relation").valueIsNull();
    }

    @Test
    void a_relation_gives_its_countries_and_levels_oldest_first() {
        relation(List.of("VN", "JP"), "2015")
                .path("relation.countries[*].code").entityList(String.class).containsExactly("JP", "VN")
                .path("relation.countries[*].name").entityList(String.class).containsExactly("Japan", "Vietnam")
                .path("relation.levels[*].name").entityList(String.class).containsExactly("Strategic Partnership",
                        "Extensive Strategic Partnership",
                        "Comprehensive Strategic Partnership for Peace and Prosperity in Asia and the World")
                .path("relation.levels[0].since").entity(String.class).isEqualTo("2009-04")
                .path("relation.levels[2].until").valueIsNull()
                .path("relation.currentLevel.since").entity(String.class).isEqualTo("2023-11-27")
                .path("relation.currentLevel.announcedAt.title").entity(String.class)
                .isEqualTo("Talks between President Vo Van Thuong and Prime Minister Fumio Kishida")
                .path("relation.currentLevel.evidence[0].quote").entity(String.class)
                .isEqualTo("elevated their relations to a Comprehensive Strategic Partnership")
                .path("relation.levelAt.name").entity(String.class).isEqualTo("Extensive Strategic Partnership");
    }

    @Test
    void the_level_at_a_date_is_the_one_in_force_then() {
        relation(List.of("VN", "JP"), "2023-11-27").path("relation.levelAt.name").entity(String.class)
                .isEqualTo("Comprehensive Strategic Partnership for Peace and Prosperity in Asia and the World");
        relation(List.of("VN", "JP"), "2023-11-26").path("relation.levelAt.name").entity(String.class)
                .isEqualTo("Extensive Strategic Partnership");
        relation(List.of("VN", "JP"), "2000").path("relation.levelAt").valueIsNull();
    }

    @Test
    void the_lists_within_a_relation_are_filtered_and_stay_within_it() {
        relation(List.of("VN", "JP"), "2023")
                .path("relation.mechanisms[*].name").entityList(String.class).containsExactly(
                        "Foreign and Defence Vice-Ministerial Consultation", "Việt Nam-Japan strategic partnership dialogue")
                .path("relation.dialogues.totalCount").entity(Integer.class).isEqualTo(1)
                .path("relation.instruments.nodes[*].title").entityList(String.class)
                .containsExactly("Memorandum of understanding on search and rescue")
                .path("relation.invitations.nodes[*].purpose").entityList(String.class).containsExactly("visit Vietnam")
                .path("relation.events.nodes[*].name").entityList(String.class)
                .containsExactly("World Expo 2025 Osaka, Kansai")
                // the French relation's commitment is not among them; meeting order, then each meeting's order
                .path("relation.commitments.totalCount").entity(Integer.class).isEqualTo(4)
                .path("relation.commitments.nodes[*].key").entityList(String.class)
                .containsExactly("elevation", "apec-2027", "next-session", "maritime");
    }

    @Test
    void the_timeline_is_in_date_order_with_levels_first_on_a_day() {
        List<Map<String, Object>> entries = timeline("2023-11", "2023-11");
        // the anniversary known only to the year 2023 overlaps November 2023, and a year sorts before its days
        assertThat(entries).extracting(e -> e.get("__typename")).containsExactly("EventScheduled", "LevelChange",
                "MeetingHeld", "MeetingHeld", "InstrumentConcluded");
        assertThat(entries).extracting(e -> e.get("date")).containsExactly("2023", "2023-11-27", "2023-11-27",
                "2023-11-27", "2023-11-27");
    }

    @Test
    void the_timeline_leaves_out_undated_instruments_and_events() {
        List<Map<String, Object>> entries = timeline(null, null);
        assertThat(entries).hasSize(14);
        assertThat(entries).extracting(e -> e.get("date")).isSorted();
        assertThat(entries.get(entries.size() - 1)).containsEntry("__typename", "EventScheduled")
                .containsEntry("date", "2027");
    }

    @Test
    void a_country_by_its_code() {
        graphQlTester.documentName("country").variable("code", "vn").execute().errors().verify()
                .path("country.code").entity(String.class).isEqualTo("VN")
                .path("country.name").entity(String.class).isEqualTo("Vietnam");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> timeline(String from, String to) {
        GraphQlTester.Response response = graphQlTester.documentName("relation-timeline").variable("from", from)
                .variable("to", to).execute();
        response.errors().verify();
        return (List<Map<String, Object>>) (List<?>) response.path("relation.timeline.nodes").entityList(Map.class).get();
    }

    private GraphQlTester.Response relation(List<String> between, String at) {
        GraphQlTester.Response response = graphQlTester.documentName("relation").variable("between", between)
                .variable("at", at).execute();
        response.errors().verify();
        return response;
    }
}

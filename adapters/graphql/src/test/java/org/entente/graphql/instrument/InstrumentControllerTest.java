package org.entente.graphql.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.entente.graphql.ControllerSlice;
import org.entente.graphql.ControllerSliceTest;
import org.entente.graphql.meeting.MeetingController;
import org.entente.graphql.node.NodeController;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

@ControllerSliceTest({InstrumentController.class, NodeController.class, MeetingController.class})
class InstrumentControllerTest extends ControllerSlice {
    @Test
    void instruments_are_ordered_by_signing_date_undated_first() {
        assertThat(titles(Map.of())).containsExactly("Joint Vision Statement on Vietnam-Japan Defence Cooperation",
                "Joint Statement on the elevation to a Comprehensive Strategic Partnership",
                "Memorandum of understanding on search and rescue");
    }

    @Test
    void instruments_filter_by_kind_dates_and_party() {
        assertThat(titles(Map.of("kind", "MOU"))).containsExactly("Memorandum of understanding on search and rescue");
        // an undated instrument matches no range
        assertThat(titles(Map.of("from", "2023"))).containsExactly(
                "Joint Statement on the elevation to a Comprehensive Strategic Partnership",
                "Memorandum of understanding on search and rescue");
        assertThat(titles(Map.of("to", "2024", "country", "vn"))).containsExactly(
                "Joint Statement on the elevation to a Comprehensive Strategic Partnership");
        assertThat(titles(Map.of("country", "FR"))).isEmpty();
    }

    @Test
    void an_instrument_gives_its_parties_signatories_witnesses_and_history() {
        instruments(Map.of("kind", "MOU"))
                .path("instruments.nodes[0].status").entity(String.class).isEqualTo("IN_FORCE")
                .path("instruments.nodes[0].statusHistory[*].status").entityList(String.class)
                .containsExactly("SIGNED", "IN_FORCE")
                .path("instruments.nodes[0].statusHistory[1].on").entity(String.class).isEqualTo("2026-01")
                .path("instruments.nodes[0].binding").entity(Boolean.class).isEqualTo(false)
                .path("instruments.nodes[0].signedAt").entity(String.class).isEqualTo("Tokyo")
                .path("instruments.nodes[0].meeting.title").entity(String.class)
                .isEqualTo("First Foreign and Defence Vice-Ministerial Consultation")
                .path("instruments.nodes[0].parties[*].organization.name").entityList(String.class)
                .containsExactly("Ministry of Foreign Affairs of Viet Nam", "Ministry of Foreign Affairs of Japan")
                .path("instruments.nodes[0].signatories[0].person.name").entity(String.class).isEqualTo("Nguyễn Minh Vũ")
                .path("instruments.nodes[0].signatories[1].person").valueIsNull()
                .path("instruments.nodes[0].signatories[1].titleAsReported").entity(String.class)
                .isEqualTo("a representative of the Japan Coast Guard")
                .path("instruments.nodes[0].witnesses[*].name").entityList(String.class).containsExactly("Namazu Hiroyuki")
                .path("instruments.nodes[0].evidence[0].quote").entity(String.class)
                .isEqualTo("signed a memorandum on search and rescue")
                .path("instruments.nodes[0].evidence[0].source.publisher").entity(String.class)
                .isEqualTo("Vietnam News Agency")
                .path("instruments.nodes[0].evidence[0].source.url").valueIsNull()
                .path("instruments.nodes[0].evidence[0].inferred").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void an_undated_instrument_has_no_date_meeting_or_binding() {
        instruments(Map.of("kind", "JOINT_VISION_STATEMENT"))
                .path("instruments.nodes[0].signedOn").valueIsNull()
                .path("instruments.nodes[0].meeting").valueIsNull()
                .path("instruments.nodes[0].binding").valueIsNull()
                .path("instruments.nodes[0].statusHistory[0].on").valueIsNull();
    }

    private List<String> titles(Map<String, Object> filter) {
        return instruments(filter).path("instruments.nodes[*].title").entityList(String.class).get();
    }

    private GraphQlTester.Response instruments(Map<String, Object> filter) {
        GraphQlTester.Response response = graphQlTester.documentName("instruments-filtered").variable("filter", filter)
                .execute();
        response.errors().verify();
        return response;
    }
}

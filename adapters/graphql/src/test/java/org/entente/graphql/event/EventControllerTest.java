package org.entente.graphql.event;

import java.util.Map;
import org.entente.graphql.ControllerSlice;
import org.entente.graphql.ControllerSliceTest;
import org.entente.graphql.node.NodeController;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

@ControllerSliceTest({EventController.class, NodeController.class})
class EventControllerTest extends ControllerSlice {
    @Test
    void events_are_ordered_by_start_date_undated_first() {
        events(Map.of()).path("events.nodes[*].name").entityList(String.class).containsExactly(
                "Annual locality-to-locality cooperation forum", "50th anniversary of diplomatic relations",
                "World Expo 2025 Osaka, Kansai", "APEC Year 2027");
    }

    @Test
    void events_filter_by_host_kind_and_dates() {
        events(Map.of("host", "JP")).path("events.nodes[*].name").entityList(String.class).containsExactly(
                "Annual locality-to-locality cooperation forum", "World Expo 2025 Osaka, Kansai");
        events(Map.of("kind", "HOSTING_YEAR")).path("events.nodes[0].hostOrganization.name").entity(String.class)
                .isEqualTo("Asia-Pacific Economic Cooperation")
                .path("events.nodes[0].host.code").entity(String.class).isEqualTo("VN")
                .path("events.nodes[0].startDate").entity(String.class).isEqualTo("2027");
        events(Map.of("from", "2025-06", "to", "2025-06")).path("events.totalCount").entity(Integer.class).isEqualTo(0);
        events(Map.of("from", "2025-04")).path("events.nodes[*].name").entityList(String.class)
                .containsExactly("World Expo 2025 Osaka, Kansai", "APEC Year 2027");
    }

    private GraphQlTester.Response events(Map<String, Object> filter) {
        GraphQlTester.Response response = graphQlTester.documentName("events-filtered").variable("filter", filter)
                .execute();
        response.errors().verify();
        return response;
    }
}

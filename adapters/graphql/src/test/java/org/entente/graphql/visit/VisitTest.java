package org.entente.graphql.visit;

import org.entente.graphql.ControllerSlice;
import org.entente.graphql.ControllerSliceTest;
import org.entente.graphql.meeting.MeetingController;
import org.entente.graphql.node.NodeController;
import org.junit.jupiter.api.Test;

@ControllerSliceTest({MeetingController.class, NodeController.class})
class VisitTest extends ControllerSlice {
    @Test
    void a_meeting_of_a_visit_names_the_visit_and_the_visitor() {
        graphQlTester.documentName("visit").execute().errors().verify()
                .path("meetings.nodes[1].visit.visitor.name").entity(String.class).isEqualTo("Vo Van Thuong")
                .path("meetings.nodes[1].visit.kind").entity(String.class).isEqualTo("OFFICIAL")
                .path("meetings.nodes[1].visit.host.name").entity(String.class).isEqualTo("Japan")
                .path("meetings.nodes[1].visit.places").entityList(String.class).containsExactly("Tokyo", "Fukuoka")
                .path("meetings.nodes[1].visit.endDate").entity(String.class).isEqualTo("2023-11-30")
                .path("meetings.nodes[1].visit.relation.id").entity(String.class)
                .isEqualTo("QmlsYXRlcmFsUmVsYXRpb246anAtdm4");
    }
}

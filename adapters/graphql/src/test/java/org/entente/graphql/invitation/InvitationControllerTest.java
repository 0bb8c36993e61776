package org.entente.graphql.invitation;

import java.util.Map;
import org.entente.graphql.ControllerSlice;
import org.entente.graphql.ControllerSliceTest;
import org.entente.graphql.meeting.MeetingController;
import org.entente.graphql.node.NodeController;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

@ControllerSliceTest({InvitationController.class, NodeController.class, MeetingController.class})
class InvitationControllerTest extends ControllerSlice {
    static final String FUNAKOSHI = "UGVyc29uOmZ1bmFrb3NoaS10YWtlaGlybw"; // Person:funakoshi-takehiro
    static final String VU = "UGVyc29uOm5ndXllbi1taW5oLXZ1"; // Person:nguyen-minh-vu

    @Test
    void invitations_are_ordered_by_the_date_extended_undated_first() {
        invitations(Map.of()).path("invitations.totalCount").entity(Integer.class).isEqualTo(3)
                .path("invitations.nodes[*].purpose").entityList(String.class).containsExactly(
                        "co-chair the next session", "pay an official visit to Japan", "visit Vietnam");
    }

    @Test
    void an_invitation_names_who_invited_whom_conveyed_where() {
        invitations(Map.of("status", "EXTENDED"))
                .path("invitations.nodes[0].inviter.name").entity(String.class).isEqualTo("Nguyễn Minh Vũ")
                .path("invitations.nodes[0].invitee.name").entity(String.class).isEqualTo("Namazu Hiroyuki")
                .path("invitations.nodes[0].conveyedBy.name").entity(String.class).isEqualTo("Funakoshi Takehiro")
                .path("invitations.nodes[0].extendedAt.title").entity(String.class)
                .isEqualTo("8th Vietnam-Japan strategic partnership dialogue")
                .path("invitations.nodes[0].extendedOn").entity(String.class).isEqualTo("2024-12")
                .path("invitations.nodes[0].fulfilledBy").valueIsNull();
    }

    @Test
    void a_fulfilled_invitation_names_the_meeting_that_honoured_it() {
        invitations(Map.of("status", "FULFILLED"))
                .path("invitations.nodes[0].fulfilledBy.title").entity(String.class)
                .isEqualTo("Talks between President Vo Van Thuong and Prime Minister Fumio Kishida")
                .path("invitations.nodes[0].conveyedBy").valueIsNull();
    }

    @Test
    void invitations_filter_by_person_on_either_side() {
        invitations(Map.of("personId", VU)).path("invitations.totalCount").entity(Integer.class).isEqualTo(2);
        // who conveyed an invitation neither extended nor received it
        invitations(Map.of("personId", FUNAKOSHI)).path("invitations.totalCount").entity(Integer.class).isEqualTo(0);
    }

    private GraphQlTester.Response invitations(Map<String, Object> filter) {
        GraphQlTester.Response response = graphQlTester.documentName("invitations-filtered").variable("filter", filter)
                .execute();
        response.errors().verify();
        return response;
    }
}

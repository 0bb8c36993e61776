package org.entente.graphql.mechanism;

import org.entente.graphql.ControllerSlice;
import org.entente.graphql.ControllerSliceTest;
import org.entente.graphql.node.NodeController;
import org.junit.jupiter.api.Test;

@ControllerSliceTest({MechanismController.class, NodeController.class})
class MechanismControllerTest extends ControllerSlice {
    static final String DIALOGUE = "RGlhbG9ndWVNZWNoYW5pc206anAtdm4tc3RyYXRlZ2ljLXBhcnRuZXJzaGlwLWRpYWxvZ3Vl";
    static final String TWO_PLUS_TWO = "RGlhbG9ndWVNZWNoYW5pc206anAtdm4tMnBsdXMy";

    @Test
    void a_mechanism_upgraded_into_another_names_its_successor_and_sessions() {
        graphQlTester.documentName("mechanism").variable("id", DIALOGUE).execute().errors().verify()
                .path("node.name").entity(String.class).isEqualTo("Việt Nam-Japan strategic partnership dialogue")
                .path("node.predecessor").valueIsNull()
                .path("node.upgradedOn").valueIsNull()
                .path("node.successor.name").entity(String.class)
                .isEqualTo("Foreign and Defence Vice-Ministerial Consultation")
                .path("node.sessions[*].number").entityList(Integer.class).containsExactly(8)
                .path("node.sessions[0].meeting.title").entity(String.class)
                .isEqualTo("8th Vietnam-Japan strategic partnership dialogue")
                .path("node.relation.id").entity(String.class).isEqualTo("QmlsYXRlcmFsUmVsYXRpb246anAtdm4");
    }

    @Test
    void an_upgrade_names_its_predecessor_and_date() {
        graphQlTester.documentName("mechanism").variable("id", TWO_PLUS_TWO).execute().errors().verify()
                .path("node.format").entity(String.class).isEqualTo("2+2")
                .path("node.upgradedOn").entity(String.class).isEqualTo("2025-12-04")
                .path("node.predecessor.name").entity(String.class)
                .isEqualTo("Việt Nam-Japan strategic partnership dialogue")
                .path("node.successor").valueIsNull()
                .path("node.sessions[*].number").entityList(Integer.class).containsExactly(1);
    }
}

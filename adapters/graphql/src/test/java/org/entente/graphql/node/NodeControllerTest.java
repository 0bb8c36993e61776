package org.entente.graphql.node;

import org.entente.domain.common.RecordKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.graphql.WholeSchemaTest;
import org.entente.graphql.fake.StoredReads;
import org.entente.graphql.fake.FakeUseCases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Every node type's id finds it again through node and nodes. */
@WholeSchemaTest
@Import(FakeUseCases.class)
class NodeControllerTest {
    @Autowired
    GraphQlTester graphQlTester;

    @Autowired
    StoredReads reads;

    @Test
    void every_id_of_every_type_finds_its_record_again() {
        Set<String> ids = new LinkedHashSet<>();
        collectIds(graphQlTester.documentName("every-node-type").execute().errors().verify().path("").entity(Map.class)
                .get(), ids);
        Set<String> types = new LinkedHashSet<>();
        for (String id : ids) {
            String typename = graphQlTester.document("query($id: ID!) { node(id: $id) { __typename id } }")
                    .variable("id", id).execute().errors().verify()
                    .path("node.id").entity(String.class).isEqualTo(id)
                    .path("node.__typename").entity(String.class).get();
            types.add(typename);
            assertThat(decoded(id)).startsWith(typename + ":");
        }
        assertThat(types).containsExactlyInAnyOrder("BilateralRelation", "Meeting", "Person", "Organization",
                "DialogueMechanism", "Visit", "Instrument", "Invitation", "Event", "Source");
    }

    @Test
    void nodes_answer_in_the_order_asked_with_null_for_ids_that_name_nothing() {
        String person = GlobalId.of(RecordKind.PERSON, new org.entente.domain.person.PersonId("nguyen-minh-vu"));
        String nobody = GlobalId.of(RecordKind.PERSON, new org.entente.domain.person.PersonId("nobody"));
        String meeting = GlobalId.of(RecordKind.MEETING, new org.entente.domain.meeting.MeetingId("jp-vn-2023-11-27-talks"));
        reads.ports().forgetCalls();
        graphQlTester.documentName("nodes").variable("ids", List.of(meeting, nobody, person, meeting)).execute()
                .errors().verify()
                .path("nodes[*].__typename").entityList(String.class).containsExactly("Meeting", "Person", "Meeting")
                .path("nodes[0].id").entity(String.class).isEqualTo(meeting)
                .path("nodes[1]").valueIsNull()
                .path("nodes[2].id").entity(String.class).isEqualTo(person)
                .path("nodes[3].id").entity(String.class).isEqualTo(meeting);
        // one round trip per type asked for
        assertThat(reads.ports().calls("meetings.findAllById")).isEqualTo(1);
        assertThat(reads.ports().calls("persons.findAllById")).isEqualTo(1);
    }

    @SuppressWarnings("unchecked")
    private static void collectIds(Object value, Set<String> ids) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> {
                if ("id".equals(key) && child instanceof String id) {
                    ids.add(id);
                } else {
                    collectIds(child, ids);
                }
            });
        } else if (value instanceof List<?> list) {
            new ArrayList<>(list).forEach(child -> collectIds(child, ids));
        }
    }

    private static String decoded(String id) {
        return new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
    }
}

package org.entente.graphql.curation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.domain.common.AggregateId;
import org.entente.graphql.fake.CurationWorld;
import org.entente.graphql.node.GlobalId;
import org.entente.domain.common.RecordKind;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Inputs the mutation tests send, and the calls they make, written once. */
final class Given {
    static final String SOURCE = GlobalId.of(RecordKind.SOURCE, CurationWorld.SOURCE);
    static final String RELATION = GlobalId.of(RecordKind.RELATION, CurationWorld.RELATION);
    static final String VU = GlobalId.of(RecordKind.PERSON, CurationWorld.VU);
    static final String FUNAKOSHI = GlobalId.of(RecordKind.PERSON, CurationWorld.FUNAKOSHI);
    static final String KAMIKAWA = GlobalId.of(RecordKind.PERSON, CurationWorld.KAMIKAWA);
    static final String DIALOGUE = GlobalId.of(RecordKind.MECHANISM, CurationWorld.DIALOGUE);

    private Given() {
    }

    static String id(RecordKind type, AggregateId id) {
        return GlobalId.of(type, id);
    }

    static String meetingId(String localId) {
        return new GlobalId(RecordKind.MEETING, localId).encode();
    }

    static Map<String, Object> quote(String quote) {
        return Map.of("sourceId", SOURCE, "quote", quote);
    }

    /** A meeting attended by Vũ and Funakoshi, quoting the world's source. */
    static Map<String, Object> meeting(String localId) {
        Map<String, Object> input = new HashMap<>();
        input.put("localId", localId);
        input.put("relationId", RELATION);
        input.put("title", "Talks between Nguyễn Minh Vũ and Funakoshi Takehiro");
        input.put("kind", "TALKS");
        input.put("status", "HELD");
        input.put("startDate", "2024-12-12");
        input.put("city", "Tokyo");
        input.put("country", "JP");
        input.put("attendances", List.of(
                attendance(VU, "VN", quote("Nguyễn Minh Vũ co-chaired")),
                attendance(FUNAKOSHI, "JP", quote("Funakoshi Takehiro"))));
        input.put("evidence", List.of(quote("held talks with his Japanese counterpart")));
        return input;
    }

    static Map<String, Object> attendance(String personId, String country, Map<String, Object> evidence) {
        return Map.of("personId", personId, "country", country, "roles", List.of("CO_CHAIR"),
                "evidence", List.of(evidence));
    }

    static Map<String, Object> with(Map<String, Object> input, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(input);
        changed.put(field, value);
        return changed;
    }

    /** Records a meeting and answers its global id. */
    static String recordedMeeting(GraphQlTester tester, String localId) {
        return tester.documentName("record-meeting").variable("input", meeting(localId)).execute().errors().verify()
                .path("recordMeeting.userErrors").entityList(Object.class).hasSize(0)
                .path("recordMeeting.meeting.id").entity(String.class).get();
    }

    static GraphQlTester.Response run(GraphQlTester tester, String document, Map<String, Object> input) {
        GraphQlTester.Response response = tester.documentName(document).variable("input", input).execute();
        response.errors().verify();
        return response;
    }

    /**
     * Runs the mutation of {@code document} ({@code register-person} runs {@code registerPerson}) and asserts that
     * its first user error has {@code code} and points at {@code field}.
     */
    static GraphQlTester.Response refused(GraphQlTester tester, String document, Map<String, Object> input,
                                          String code, String... field) {
        String mutation = mutationOf(document);
        GraphQlTester.Response response = run(tester, document, input);
        response.path(mutation + ".userErrors[0].code").entity(String.class).isEqualTo(code)
                .path(mutation + ".userErrors[0].field").entityList(String.class).containsExactly(field);
        return response;
    }

    private static String mutationOf(String document) {
        StringBuilder mutation = new StringBuilder();
        for (String word : document.split("-")) {
            mutation.append(mutation.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return mutation.toString();
    }
}

package org.entente.bootstrap.service;

import java.util.List;
import java.util.Map;
import org.entente.bootstrap.service.AccessTest.Keys;
import org.entente.graphql.node.GlobalId;
import org.entente.domain.common.RecordKind;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Two throwaway persons, registered over HTTP, merged with an ADMIN key: the merged person's global id then answers
 * the survivor, and the survivor's meetings include the merged person's. An EDITOR key may not merge.
 */
@ServiceTest
@TestPropertySource(properties = {"entente.test.context=merge", Keys.READER, Keys.READER_ROLE, Keys.READER_SHA,
        Keys.EDITOR, Keys.EDITOR_ROLE, Keys.EDITOR_SHA,
        Keys.ADMIN, Keys.ADMIN_ROLE, Keys.ADMIN_SHA})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MergePersonsOverHttpTest {
    static final String JP_VN = "QmlsYXRlcmFsUmVsYXRpb246anAtdm4";
    static final String TEXT = "HÀ NỘI — Deputy Prime Minister Lê Văn Thành, whose name the agency also printed as "
            + "Le Van Thanh, held talks with the Japanese delegation.";
    static final String SOURCE = new GlobalId(RecordKind.SOURCE, "merge-test-source").encode();
    static final String SURVIVOR = new GlobalId(RecordKind.PERSON, "merge-test-le-van-thanh").encode();
    static final String MERGED = new GlobalId(RecordKind.PERSON, "merge-test-le-van-thanh-2").encode();
    static final String MEETING = new GlobalId(RecordKind.MEETING, "merge-test-talks").encode();
    static final String MERGE = """
            mutation Merge($input: MergePersonsInput!) {
              mergePersons(input: $input) { person { id otherNames } userErrors { field code message } }
            }""";
    static final String PERSON = """
            query Person($id: ID!) {
              node(id: $id) { id ... on Person { name otherNames meetings { totalCount nodes { id } } } }
            }""";

    @LocalServerPort
    int port;

    private HttpGraphQlTester as(String secret) {
        return ServiceClient.graphQl(port).mutate().header(HttpHeaders.AUTHORIZATION, "Bearer " + secret).build();
    }

    private static Map<String, Object> quote(String quote) {
        return Map.of("sourceId", SOURCE, "quote", quote);
    }

    private void stored(GraphQlTester tester, String document, String field, Map<String, Object> input) {
        tester.document(document).variable("input", input).execute().errors().verify()
                .path(field + ".userErrors").entityList(Object.class).hasSize(0);
    }

    @Test
    void an_admin_merges_two_persons_and_the_old_id_answers_the_survivor_while_an_editor_may_not() {
        HttpGraphQlTester admin = as("admin-secret");
        stored(admin, "mutation($input: RegisterSourceInput!) { registerSource(input: $input) { userErrors { code } } }",
                "registerSource", Map.of("localId", "merge-test-source", "language", "en", "text", TEXT));
        stored(admin, "mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { userErrors { code } } }",
                "registerPerson", Map.of("localId", "merge-test-le-van-thanh", "name", "Lê Văn Thành", "country", "VN",
                        "evidence", List.of(quote("Deputy Prime Minister Lê Văn Thành"))));
        stored(admin, "mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { userErrors { code } } }",
                "registerPerson", Map.of("localId", "merge-test-le-van-thanh-2", "name", "Le Van Thanh", "country", "VN",
                        "posts", List.of(Map.of("title", "Deputy Prime Minister"))));
        stored(admin, "mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { userErrors { code } } }",
                "recordMeeting", Map.of("localId", "merge-test-talks", "relationId", JP_VN,
                        "title", "Talks of Le Van Thanh with the Japanese delegation", "kind", "TALKS", "status", "HELD",
                        "startDate", "2026-01", "attendances", List.of(Map.of("personId", MERGED, "country", "VN",
                                "roles", List.of("HOST"), "evidence", List.of(quote("Le Van Thanh, held talks")))),
                        "evidence", List.of(quote("held talks with the Japanese delegation"))));
        Map<String, Object> merge = Map.of("survivorId", SURVIVOR, "mergedId", MERGED,
                "evidence", List.of(quote("whose name the agency also printed as Le Van Thanh")));

        as("editor-secret").document(MERGE).variable("input", merge).execute().errors()
                .expect(e -> "FORBIDDEN".equals(String.valueOf(e.getErrorType()))
                        && List.of("mergePersons").equals(e.getParsedPath()))
                .verify();
        admin.document(PERSON).variable("id", MERGED).execute().errors().verify()
                .path("node.id").entity(String.class).isEqualTo(MERGED)
                .path("node.meetings.nodes[*].id").entityList(String.class).containsExactly(MEETING);
        admin.document(PERSON).variable("id", SURVIVOR).execute().errors().verify()
                .path("node.meetings.totalCount").entity(Integer.class).isEqualTo(0);

        admin.document(MERGE).variable("input", merge).execute().errors().verify()
                .path("mergePersons.userErrors").entityList(Object.class).hasSize(0)
                .path("mergePersons.person.id").entity(String.class).isEqualTo(SURVIVOR);

        GraphQlTester.Response merged = admin.document(PERSON).variable("id", MERGED).execute();
        merged.errors().verify();
        merged.path("node.id").entity(String.class).isEqualTo(SURVIVOR)
                .path("node.name").entity(String.class).isEqualTo("Lê Văn Thành")
                .path("node.otherNames").entityList(String.class).contains("Le Van Thanh")
                .path("node.meetings.nodes[*].id").entityList(String.class).containsExactly(MEETING);
        admin.document(PERSON).variable("id", SURVIVOR).execute().errors().verify()
                .path("node.meetings.totalCount").entity(Integer.class).isEqualTo(1);
    }
}

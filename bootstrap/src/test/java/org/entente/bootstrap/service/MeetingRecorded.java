package org.entente.bootstrap.service;

import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * A meeting of Japan and Vietnam recorded over GraphQL with an editor's key, and checked as accepted: the change the
 * subscription tests make and wait to see arrive.
 */
final class MeetingRecorded {
    /** Japan–Vietnam, as its global id. */
    static final String JP_VN = "QmlsYXRlcmFsUmVsYXRpb246anAtdm4";

    private MeetingRecorded() {
    }

    static void record(GraphQlTester editor, String localId, String title, String startDate) {
        editor.document("""
                        mutation($localId: String!, $title: String!, $startDate: Date!) {
                          recordMeeting(input: { localId: $localId, relationId: "%s", title: $title, kind: OTHER,
                            status: HELD, startDate: $startDate, city: "Tokyo", country: "JP",
                            evidence: [{ sourceId: "U291cmNlOjAwMV82NzM5ZTk4NTkwM2RiMGQ1",
                                         quote: "held talks with Senior Deputy Minister" }] }) {
                            meeting { id } userErrors { code }
                          }
                        }""".formatted(JP_VN))
                .variable("localId", localId).variable("title", title).variable("startDate", startDate)
                .execute().errors().verify()
                .path("recordMeeting.userErrors").entityList(Object.class).hasSize(0);
    }
}

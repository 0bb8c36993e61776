package org.entente.bootstrap.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The five source articles, and the questions every article test asks of the answers' evidence. */
final class Articles {
    static final String DIALOGUE_2024 = "000_cd5379d9bb584521";
    static final String CONSULTATION_2025 = "001_6739e985903db0d5";
    static final String TALKS_2023 = "002_6b575c44dfcf0d78";
    static final String PRESS_CONFERENCE_2023 = "003_42533ce60c9ed3a3";
    static final String PARTNERSHIP_2023 = "004_bcc1e7b0146236e6";

    /** The query document the tests of 002, 003 and 004 share: the three report the same talks. */
    static final String TALKS_DOCUMENT = "talks-of-27-november-2023";

    private Articles() {
    }

    /** Runs one operation of a document under {@code graphql-test/articles/}, failing on any error. */
    static GraphQlTester.Response ask(HttpGraphQlTester graphQl, String document, String operation,
                                      Map<String, Object> variables) {
        GraphQlTester.Request<?> request = graphQl.documentName("articles/" + document).operationName(operation);
        variables.forEach(request::variable);
        GraphQlTester.Response response = request.execute();
        response.errors().verify();
        return response;
    }

    /** The one meeting of that kind held on 2023-11-27, from the document shared by the 2023 articles' tests. */
    static Answers.Meeting meetingOf27November(HttpGraphQlTester graphQl, String kind) {
        List<Answers.Meeting> meetings = ask(graphQl, TALKS_DOCUMENT, "TalksOfTheDay", Map.of("kind", kind))
                .path("meetings.nodes").entityList(Answers.Meeting.class).get();
        assertThat(meetings).as("meetings of kind %s on 2023-11-27", kind).hasSize(1);
        return meetings.get(0);
    }

    static GraphQlTester.Response ask(HttpGraphQlTester graphQl, String document, String operation) {
        return ask(graphQl, document, operation, Map.of());
    }

    /** The global id the API gives the source of that seed file (as docs/api.md describes global ids). */
    static String sourceId(String article) {
        return globalId("Source", article);
    }

    /** The global id of the record of that type and data set id: the base64url of {@code Type:id}. */
    static String globalId(String type, String id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Some of the evidence quotes {@code article}, and one such quote holds {@code words}. */
    static void cites(List<Evidence> evidence, String article, String words) {
        assertThat(evidence).as("evidence quoting %s: '%s'", article, words)
                .anySatisfy(e -> {
                    assertThat(e.source().id()).isEqualTo(sourceId(article));
                    assertThat(e.quote()).contains(words);
                });
    }

    /** Some of the evidence quotes {@code article}. */
    static void quotes(List<Evidence> evidence, String article) {
        assertThat(evidence).as("evidence quoting %s", article)
                .anySatisfy(e -> assertThat(e.source().id()).isEqualTo(sourceId(article)));
    }

    /** As {@link #cites}, and the quote carries a note that holds {@code remark}. */
    static void notes(List<Evidence> evidence, String article, String words, String remark) {
        assertThat(evidence).as("noted evidence quoting %s: '%s'", article, words)
                .anySatisfy(e -> {
                    assertThat(e.source().id()).isEqualTo(sourceId(article));
                    assertThat(e.quote()).contains(words);
                    assertThat(e.note()).contains(remark);
                });
    }

    /** As {@link #cites}, and the quote is marked inferred, with a note that holds {@code reason}. */
    static void infers(List<Evidence> evidence, String article, String words, String reason) {
        assertThat(evidence).as("inferred evidence quoting %s: '%s'", article, words)
                .anySatisfy(e -> {
                    assertThat(e.source().id()).isEqualTo(sourceId(article));
                    assertThat(e.quote()).contains(words);
                    assertThat(e.inferred()).isTrue();
                    assertThat(e.note()).contains(reason);
                });
    }
}

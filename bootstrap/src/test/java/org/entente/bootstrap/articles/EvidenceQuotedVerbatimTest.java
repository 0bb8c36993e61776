package org.entente.bootstrap.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.bootstrap.service.ServiceClient;
import org.entente.bootstrap.service.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Every evidence the API answers stands verbatim in the text of its source, at the offset it gives. The data set's
 * own test checks every quote of the file; this one checks what reaches a client, through GraphQL.
 */
@ServiceTest
class EvidenceQuotedVerbatimTest {
    private static final String DOCUMENT = "every-evidence";

    @LocalServerPort
    int port;

    record Quoted(String quote, int offset, Evidence.Source source) {
    }

    record SourceText(String id, String text) {
    }

    @Test
    void every_quote_the_api_answers_stands_in_its_source_at_its_offset() {
        var graphQl = ServiceClient.graphQl(port);
        GraphQlTester.Response everything = Articles.ask(graphQl, DOCUMENT, "EveryEvidence");
        everything.path("relation.meetings.totalCount").entity(Integer.class).isEqualTo(18)
                .path("relation.instruments.totalCount").entity(Integer.class).isEqualTo(5)
                .path("relation.invitations.totalCount").entity(Integer.class).isEqualTo(2)
                .path("relation.events.totalCount").entity(Integer.class).isEqualTo(8)
                .path("persons.totalCount").entity(Integer.class).isEqualTo(21);
        List<Quoted> quoted = everything.path("$..evidence[*]").entityList(Quoted.class).get();

        List<String> ids = quoted.stream().map(q -> q.source().id()).distinct().sorted().toList();
        assertThat(ids).containsExactlyInAnyOrder(Articles.sourceId(Articles.DIALOGUE_2024),
                Articles.sourceId(Articles.CONSULTATION_2025), Articles.sourceId(Articles.TALKS_2023),
                Articles.sourceId(Articles.PRESS_CONFERENCE_2023), Articles.sourceId(Articles.PARTNERSHIP_2023));
        Map<String, String> texts = Articles.ask(graphQl, DOCUMENT, "SourceTexts", Map.of("ids", ids))
                .path("nodes").entityList(SourceText.class).get().stream()
                .collect(Collectors.toMap(SourceText::id, SourceText::text));

        assertThat(quoted).hasSizeGreaterThan(200).allSatisfy(q -> {
            String text = texts.get(q.source().id());
            assertThat(q.offset()).as("offset of '%s'", q.quote()).isBetween(0, text.length() - q.quote().length());
            assertThat(text.substring(q.offset(), q.offset() + q.quote().length())).isEqualTo(q.quote());
        });
    }
}

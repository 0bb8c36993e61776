package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.Storage;
import org.entente.browser.GraphiqlBrowser;
import org.entente.browser.GraphiqlScreen;
import org.entente.browser.HeadlessChromium;
import org.entente.domain.source.Source;
import org.entente.domain.source.SourceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * GraphiQL in a real browser on a service where reads need a key: without one the schema cannot be fetched; a key
 * typed into the headers editor fetches it, runs a mutation (stored, with the key's name as its actor) and, sent in
 * the WebSocket's connection_init, runs a subscription that shows a meeting another client records over HTTP while
 * the tab is open. Its own context: it stores. Skipped without Chromium, unless ENTENTE_REQUIRE_CHROMIUM=true.
 */
@DisabledIf(value = "org.entente.browser.HeadlessChromium#missingAndOptional", disabledReason = "GraphiQL with keys "
        + "is not tested in a browser: there is " + HeadlessChromium.NO_CHROMIUM
        + "; with ENTENTE_REQUIRE_CHROMIUM=true this fails instead")
@ServiceTest
@TestPropertySource(properties = {"entente.test.context=graphiql-keys", "entente.security.reads-require-key=true",
        AccessTest.Keys.READER, AccessTest.Keys.READER_ROLE, AccessTest.Keys.READER_SHA, AccessTest.Keys.EDITOR,
        AccessTest.Keys.EDITOR_ROLE, AccessTest.Keys.EDITOR_SHA})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class GraphiqlWithKeysOnTheServiceTest {
    static final String JP_VN = MeetingRecorded.JP_VN;

    // the page's first schema request, sent before a key is entered, is refused: the browser logs it
    static final String SCHEMA_REFUSED_WITHOUT_A_KEY = "the server responded with a status of 401";

    @RegisterExtension
    static final GraphiqlBrowser browser = new GraphiqlBrowser();

    @LocalServerPort
    int port;

    @Autowired
    Storage storage;

    GraphiqlScreen graphiql;

    @BeforeEach
    void openGraphiql() {
        graphiql = browser.open(port, "MeetingsWithAttendees");
    }

    @Test
    void a_key_in_the_headers_editor_fetches_the_schema_and_runs_a_mutation() {
        graphiql.waitForDocumentationWith("Error fetching schema", "the schema refused without a key");

        graphiql.enterHeaders("{\"Authorization\": \"Bearer editor-secret\"}");

        graphiql.waitForDocumentationWith("Query", "the schema fetched again with the key");
        graphiql.typeOperation("""
                mutation RegisterFromGraphiql {
                  registerSource(input: { localId: "typed-in-graphiql", language: "en",
                                          text: "Registered from GraphiQL with a key from its headers editor." }) {
                    source { id text }
                    userErrors { code message }
                  }
                }""", "RegisterFromGraphiql");
        graphiql.execute();

        graphiql.waitForWholeResponseWith("Registered from GraphiQL with a key", "the source the mutation stored");
        assertThat(graphiql.wholeResponse()).contains("\"userErrors\": []").doesNotContain("\"errors\"");
        Source stored = storage.sources().findById(new SourceId("typed-in-graphiql")).orElseThrow();
        assertThat(stored.text()).isEqualTo("Registered from GraphiQL with a key from its headers editor.");
        assertThat(storage.revisions().history("Source", "typed-in-graphiql", PageRequest.first(5)).items())
                .singleElement().satisfies(revision -> assertThat(revision.actor()).isEqualTo("curator"));
        graphiql.assertTheServiceAloneWasAsked(SCHEMA_REFUSED_WITHOUT_A_KEY);
    }

    @Test
    void a_subscription_shows_a_meeting_that_another_client_records() {
        graphiql.enterHeaders("{\"Authorization\": \"Bearer reader-secret\"}");
        graphiql.waitForDocumentationWith("Query", "the schema fetched with the reader's key");
        graphiql.typeOperation("""
                subscription MeetingsAsTheyAreRecorded {
                  meetingRecorded(relationId: "%s") { title startDate }
                }""".formatted(JP_VN), "MeetingsAsTheyAreRecorded");
        graphiql.execute();
        graphiql.waitForWebSocket("the subscription's WebSocket");

        // another client records meetings over HTTP, a beat apart, until one shows in the tab
        HttpGraphQlTester editor = ServiceClient.graphQl(port).mutate()
                .header(HttpHeaders.AUTHORIZATION, "Bearer editor-secret").build();
        int recorded = 0;
        boolean shown = false;
        while (!shown && recorded < 30) {
            MeetingRecorded.record(editor, "graphiql-lunch-" + ++recorded, "Lunch seen in GraphiQL " + recorded,
                    "2025-12-06");
            shown = graphiql.wholeResponseShowsWithin("Lunch seen in GraphiQL", Duration.ofMillis(700));
        }
        graphiql.waitForWholeResponseWith("\"title\": \"Lunch seen in GraphiQL ", "a meeting recorded by another client");
        assertThat(graphiql.wholeResponse()).contains("\"startDate\": \"2025-12-06\"").doesNotContain("\"errors\"");
        graphiql.assertTheServiceAloneWasAsked(SCHEMA_REFUSED_WITHOUT_A_KEY);
    }
}

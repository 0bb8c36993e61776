package org.entente.graphql.graphiql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.entente.graphql.GraphQlTestApplication;
import org.entente.graphql.fake.FakeChanges;
import org.entente.graphql.fake.FakeUseCases;
import org.entente.graphql.fake.InMemoryCuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The GraphiQL page in a real browser: it loads from this service alone, opens on the examples, and a click on
 * the execute button shows the data of the fakes. Skipped without Chromium, unless ENTENTE_REQUIRE_CHROMIUM=true.
 */
@DisabledIf(value = "chromiumIsMissingAndOptional", disabledReason = "GraphiQL is not tested in a browser: there is "
        + GraphiqlInChromiumTest.NO_CHROMIUM + "; with ENTENTE_REQUIRE_CHROMIUM=true this fails instead")
@SpringBootTest(classes = GraphQlTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({FakeUseCases.class, FakeChanges.class, InMemoryCuration.class})
class GraphiqlInChromiumTest {
    static final String NO_CHROMIUM = "no Chromium at /usr/bin/chromium nor on the PATH (apt-get install chromium)";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String QUERY_EDITOR = "document.querySelector('.graphiql-query-editor .CodeMirror')";
    private static final String RESPONSE = "(document.querySelector('.graphiql-response .result-window')"
            + " || { innerText: '' }).innerText";

    // CodeMirror draws only the lines in view; the whole response is in its model
    private static final String WHOLE_RESPONSE =
            "document.querySelector('.graphiql-response .CodeMirror').CodeMirror.getValue()";

    private static HeadlessChromium browser;

    @LocalServerPort
    int port;

    static boolean chromiumIsMissingAndOptional() {
        return HeadlessChromium.find().isEmpty() && !chromiumIsRequired();
    }

    private static boolean chromiumIsRequired() {
        return "true".equals(System.getenv("ENTENTE_REQUIRE_CHROMIUM"));
    }

    @BeforeAll
    static void startChromium() throws Exception {
        Optional<Path> chromium = HeadlessChromium.find();
        if (chromium.isEmpty()) {
            fail("Chromium is required here (ENTENTE_REQUIRE_CHROMIUM=true), but there is " + NO_CHROMIUM);
        }
        browser = HeadlessChromium.start(chromium.get());
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void openGraphiql() {
        browser.clearStorage(origin());
        browser.navigate(origin() + "/graphiql");
        waitUntilTheEditorHolds("MeetingsWithAttendees");
    }

    @Test
    void the_first_example_shows_the_meetings_of_the_fakes() {
        assertThat(activeTab()).isEqualTo("MeetingsWithAttendees");

        execute();

        waitFor(RESPONSE + ".includes('\"title\": \"Joint press conference\"')",
                "the response with the meetings of the fakes");
        assertThat(browser.text(RESPONSE)).contains("\"name\": \"Vo Van Thuong\"").doesNotContain("\"errors\"");
        assertThat(browser.text(WHOLE_RESPONSE)).contains("\"totalCount\": 2")
                .contains("\"title\": \"Talks between President Vo Van Thuong and Prime Minister Fumio Kishida\"");
        assertTheServiceAloneWasAsked();
    }

    @Test
    void another_example_tab_shows_its_own_data() {
        browser.evaluate("[...document.querySelectorAll('.graphiql-tab-button')]"
                + ".find(tab => tab.innerText.trim() === 'NodeLookup').click()");
        waitUntilTheEditorHolds("NodeLookup");
        assertThat(activeTab()).isEqualTo("NodeLookup");
        assertThat(browser.text(RESPONSE)).doesNotContain("Nguyễn Minh Vũ");

        execute();

        waitFor(RESPONSE + ".includes('\"name\": \"Nguyễn Minh Vũ\"')", "the response with the person of the fakes");
        assertThat(browser.text(RESPONSE)).contains("\"__typename\": \"BilateralRelation\"")
                .contains("\"title\": \"Talks between President Vo Van Thuong and Prime Minister Fumio Kishida\"")
                .doesNotContain("\"errors\"");
        assertTheServiceAloneWasAsked();
    }

    /** GraphiQL reads the operation in the editor 100 ms after a change; run before that, it sends the one before. */
    private void waitUntilTheEditorHolds(String operation) {
        waitFor(QUERY_EDITOR + " && " + QUERY_EDITOR + ".CodeMirror.operationName === '" + operation + "'",
                "the query editor with the operation " + operation);
    }

    private void execute() {
        browser.evaluate("document.querySelector('.graphiql-execute-button').click()");
    }

    private String activeTab() {
        return browser.text("document.querySelector('.graphiql-tab-active').innerText.trim()");
    }

    /** Every script, style and query went to this service; no CDN, no other host; and no script failed. */
    private void assertTheServiceAloneWasAsked() {
        List<String> requests = browser.requests();
        assertThat(requests).as(browser::diagnostics)
                .contains(origin() + "/graphiql", origin() + "/graphql")
                .anySatisfy(url -> assertThat(url).contains("/webjars/graphiql/"))
                .allSatisfy(url -> assertThat(url).startsWith(origin() + "/"));
        assertThat(browser.exceptions()).as(browser::diagnostics).isEmpty();
        // the browser asks for /favicon.ico by itself, and this service has none
        assertThat(browser.consoleErrors()).as(browser::diagnostics)
                .allSatisfy(error -> assertThat(error).contains(origin() + "/favicon.ico"));
    }

    private void waitFor(String condition, String what) {
        assertThat(browser.waitFor(condition, WAIT))
                .as(() -> "waited " + WAIT.toSeconds() + " s for " + what + "; the response pane shows:\n"
                        + browser.text(RESPONSE) + "\n" + browser.diagnostics())
                .isTrue();
    }

    private String origin() {
        return "http://127.0.0.1:" + port;
    }
}

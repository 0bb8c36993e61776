package org.entente.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

/**
 * The GraphiQL page of one service as a user sees it in the browser: its tabs, the operation in its editor, the
 * execute button and the response pane; and the check that the page asked that service alone and threw nothing.
 */
public final class GraphiqlScreen {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String QUERY_EDITOR = "document.querySelector('.graphiql-query-editor .CodeMirror')";
    private static final String RESPONSE = "(document.querySelector('.graphiql-response .result-window')"
            + " || { innerText: '' }).innerText";

    // CodeMirror draws only the lines in view; the whole response is in its model
    private static final String WHOLE_RESPONSE =
            "document.querySelector('.graphiql-response .CodeMirror').CodeMirror.getValue()";

    private final HeadlessChromium browser;
    private final String origin;

    public GraphiqlScreen(HeadlessChromium browser, String origin) {
        this.browser = browser;
        this.origin = origin;
    }

    /** Opens {@code /graphiql} on an empty local storage, so on the example tabs, once the first tab is ready. */
    public void open(String firstOperation) {
        browser.clearStorage(origin);
        browser.navigate(origin + "/graphiql");
        waitUntilTheEditorHolds(firstOperation);
    }

    /** Clicks the tab named after an operation and waits until the editor holds that operation. */
    public void selectTab(String operation) {
        browser.evaluate("[...document.querySelectorAll('.graphiql-tab-button')]"
                + ".find(tab => tab.innerText.trim() === '" + operation + "').click()");
        waitUntilTheEditorHolds(operation);
    }

    public String activeTab() {
        return browser.text("document.querySelector('.graphiql-tab-active').innerText.trim()");
    }

    /** Clicks the execute button, as a user does. */
    public void execute() {
        browser.evaluate("document.querySelector('.graphiql-execute-button').click()");
    }

    /** The response pane as drawn: the lines in view. */
    public String response() {
        return browser.text(RESPONSE);
    }

    /** The whole response in the pane, the lines scrolled out of view included. */
    public String wholeResponse() {
        return browser.text(WHOLE_RESPONSE);
    }

    /** Waits until the response pane draws the text; fails with what the pane and the page show. */
    public void waitForResponseWith(String text, String what) {
        String literal = text.replace("\\", "\\\\").replace("'", "\\'");
        waitFor(RESPONSE + ".includes('" + literal + "')", what);
    }

    /** Every script, style and query went to this service; no CDN, no other host; and no script failed. */
    public void assertTheServiceAloneWasAsked() {
        List<String> requests = browser.requests();
        assertThat(requests).as(browser::diagnostics)
                .contains(origin + "/graphiql", origin + "/graphql")
                .anySatisfy(url -> assertThat(url).contains("/webjars/graphiql/"))
                .allSatisfy(url -> assertThat(url).startsWith(origin + "/"));
        assertThat(browser.exceptions()).as(browser::diagnostics).isEmpty();
        // the browser asks for /favicon.ico by itself, and the service has none
        assertThat(browser.consoleErrors()).as(browser::diagnostics)
                .allSatisfy(error -> assertThat(error).contains(origin + "/favicon.ico"));
    }

    /** GraphiQL reads the operation in the editor 100 ms after a change; run before that, it sends the one before. */
    private void waitUntilTheEditorHolds(String operation) {
        waitFor(QUERY_EDITOR + " && " + QUERY_EDITOR + ".CodeMirror.operationName === '" + operation + "'",
                "the query editor with the operation " + operation);
    }

    private void waitFor(String condition, String what) {
        assertThat(browser.waitFor(condition, WAIT))
                .as(() -> "waited " + WAIT.toSeconds() + " s for " + what + "; the response pane shows:\n"
                        + response() + "\n" + browser.diagnostics())
                .isTrue();
    }
}

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
    private static final String HEADERS_EDITOR =
            "document.querySelectorAll('.graphiql-editor-tool .graphiql-editor')[1].querySelector('.CodeMirror')";
    private static final String VARIABLES_EDITOR =
            "document.querySelectorAll('.graphiql-editor-tool .graphiql-editor')[0].querySelector('.CodeMirror')";
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

    /** Replaces the operation in the editor, as a user who types it does, and waits until GraphiQL has read it. */
    public void typeOperation(String document, String operation) {
        browser.evaluate(QUERY_EDITOR + ".CodeMirror.setValue(" + literal(document) + ")");
        waitUntilTheEditorHolds(operation);
    }

    /** Opens the Headers tab under the editor and puts the text there, as a user who types it does. */
    public void enterHeaders(String headers) {
        browser.evaluate("[...document.querySelectorAll('.graphiql-editor-tools-tabs button')]"
                + ".find(tab => tab.innerText.trim() === 'Headers').click()");
        waitFor(HEADERS_EDITOR, "the headers editor");
        browser.evaluate(HEADERS_EDITOR + ".CodeMirror.setValue(" + literal(headers) + ")");
    }

    /** The text in the variables editor. */
    public String variables() {
        return browser.text(VARIABLES_EDITOR + ".CodeMirror.getValue()");
    }

    /** Clicks the Next page button beside the execute button. */
    public void nextPage() {
        browser.evaluate("document.querySelector('.entente-next-page').click()");
    }

    /** Opens the documentation explorer (once) and waits until it shows the text. */
    public void waitForDocumentationWith(String text, String what) {
        browser.evaluate("void (document.querySelector('.graphiql-doc-explorer') || document.querySelector("
                + "'.graphiql-sidebar button[aria-label=\"Show Documentation Explorer\"]').click())");
        waitFor("(document.querySelector('.graphiql-doc-explorer') || { innerText: '' }).innerText.includes("
                + literal(text) + ")", what);
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
        waitFor(RESPONSE + ".includes(" + literal(text) + ")", what);
    }

    /** Waits until the whole response is another than the one given (a new answer has arrived). */
    public void waitForWholeResponseOtherThan(String previous, String what) {
        waitFor("document.querySelector('.graphiql-response .CodeMirror') && " + WHOLE_RESPONSE + " !== "
                + literal(previous), what);
    }

    /** Whether the whole response holds the text within the time (no failure when it does not). */
    public boolean wholeResponseShowsWithin(String text, Duration time) {
        return browser.waitFor("document.querySelector('.graphiql-response .CodeMirror') && " + WHOLE_RESPONSE
                + ".includes(" + literal(text) + ")", time);
    }

    /** Waits until the whole response, scrolled-out lines included, holds the text. */
    public void waitForWholeResponseWith(String text, String what) {
        waitFor("document.querySelector('.graphiql-response .CodeMirror') && " + WHOLE_RESPONSE + ".includes("
                + literal(text) + ")", what);
    }

    /**
     * Every script, style, icon, query and WebSocket went to this service; no CDN, no other host; and no script
     * failed, nor anything the page asked for (the icon included).
     */
    public void assertTheServiceAloneWasAsked() {
        assertTheServiceAloneWasAsked(new String[0]);
    }

    /** As {@link #assertTheServiceAloneWasAsked()}, but the browser may log the errors that hold one of the texts. */
    public void assertTheServiceAloneWasAsked(String... expectedConsoleErrors) {
        List<String> requests = browser.requests();
        assertThat(requests).as(browser::diagnostics)
                .contains(origin + "/graphiql", origin + "/graphql")
                .anySatisfy(url -> assertThat(url).contains("/graphiql/assets/").endsWith("/graphiql.min.js"))
                .allSatisfy(url -> assertThat(url).startsWith(origin + "/"));
        assertThat(browser.webSockets()).as(browser::diagnostics)
                .allSatisfy(url -> assertThat(url).isEqualTo(origin.replaceFirst("^http", "ws") + "/graphql"));
        assertThat(browser.exceptions()).as(browser::diagnostics).isEmpty();
        assertThat(browser.consoleErrors()).as(browser::diagnostics).allSatisfy(error -> assertThat(
                java.util.Arrays.stream(expectedConsoleErrors).anyMatch(error::contains)).as(error).isTrue());
    }

    /** Waits until the page has opened a WebSocket. */
    public void waitForWebSocket(String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (browser.webSockets().isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertThat(browser.webSockets()).as(() -> "waited " + WAIT.toSeconds() + " s for " + what + "\n"
                + browser.diagnostics()).isNotEmpty();
    }

    private static String literal(String text) {
        StringBuilder out = new StringBuilder("'");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.append('\'').toString();
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

package org.entente.browser;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless Chromium for a test class, started before its tests and closed after them, opening GraphiQL pages.
 * Register it as {@code @RegisterExtension static final GraphiqlBrowser browser = new GraphiqlBrowser();}.
 */
public final class GraphiqlBrowser implements BeforeAllCallback, AfterAllCallback {
    private HeadlessChromium chromium;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        chromium = HeadlessChromium.startRequired();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    /** GraphiQL of the service on {@code port} of this machine, opened on the tab of {@code firstOperation}. */
    public GraphiqlScreen open(int port, String firstOperation) {
        GraphiqlScreen screen = new GraphiqlScreen(chromium, "http://127.0.0.1:" + port);
        screen.open(firstOperation);
        return screen;
    }
}

package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.browser.GraphiqlScreen;
import org.entente.browser.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The service's GraphiQL in a real browser, over the shipped data set: the first example tab, run with the execute
 * button, shows the meetings of November 2023 and who attended; the tab of the name typed without diacritics finds
 * the person with them. The page asks the service alone and throws nothing. Driven by the GraphQL adapter's
 * {@link HeadlessChromium}; skipped without Chromium, unless ENTENTE_REQUIRE_CHROMIUM=true.
 */
@DisabledIf(value = "org.entente.browser.HeadlessChromium#missingAndOptional", disabledReason = "the service's "
        + "GraphiQL is not tested in a browser: there is " + HeadlessChromium.NO_CHROMIUM
        + "; with ENTENTE_REQUIRE_CHROMIUM=true this fails instead")
@ServiceTest
class GraphiqlOnTheServiceTest {
    private static HeadlessChromium browser;

    @LocalServerPort
    int port;

    GraphiqlScreen graphiql;

    @BeforeAll
    static void startChromium() throws Exception {
        browser = HeadlessChromium.startRequired();
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void openGraphiql() {
        graphiql = new GraphiqlScreen(browser, "http://127.0.0.1:" + port);
        graphiql.open("MeetingsWithAttendees");
    }

    @Test
    void the_examples_show_the_shipped_data_set() {
        assertThat(graphiql.activeTab()).isEqualTo("MeetingsWithAttendees");

        graphiql.execute();

        graphiql.waitForResponseWith("\"title\": \"Meeting with the Japan-Vietnam Parliamentary Friendship Alliance\"",
                "the meetings of November 2023 in the shipped data set");
        assertThat(graphiql.response()).contains("\"name\": \"Vo Van Thuong\"").doesNotContain("\"errors\"");
        assertThat(graphiql.wholeResponse()).contains("\"totalCount\": 3")
                .contains("\"title\": \"Talks between President Vo Van Thuong and Prime Minister Fumio Kishida\"")
                .contains("\"name\": \"Toshihiro Nikai\"", "\"name\": \"Suga Yoshihide\"");

        graphiql.selectTab("PersonByName");
        assertThat(graphiql.activeTab()).isEqualTo("PersonByName");
        assertThat(graphiql.response()).doesNotContain("Nguyễn Minh Vũ");

        graphiql.execute();

        graphiql.waitForResponseWith("\"name\": \"Nguyễn Minh Vũ\"", "the person found by \"nguyen minh vu\"");
        assertThat(graphiql.wholeResponse()).contains("\"totalCount\": 1").doesNotContain("\"errors\"");
        graphiql.assertTheServiceAloneWasAsked();
    }
}

package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.browser.GraphiqlBrowser;
import org.entente.browser.GraphiqlScreen;
import org.entente.browser.HeadlessChromium;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The service's GraphiQL in a real browser, over the shipped data set: the first example tab, run with the execute
 * button, shows the meetings of November 2023 and who attended; the tab of the name typed without diacritics finds
 * the person with them. The page asks the service alone and throws nothing. Driven by {@link GraphiqlBrowser}
 * (headless Chromium); skipped without Chromium, unless ENTENTE_REQUIRE_CHROMIUM=true.
 */
@DisabledIf(value = "org.entente.browser.HeadlessChromium#missingAndOptional", disabledReason = "the service's "
        + "GraphiQL is not tested in a browser: there is " + HeadlessChromium.NO_CHROMIUM
        + "; with ENTENTE_REQUIRE_CHROMIUM=true this fails instead")
@ServiceTest
class GraphiqlOnTheServiceTest {
    @RegisterExtension
    static final GraphiqlBrowser browser = new GraphiqlBrowser();

    @LocalServerPort
    int port;

    GraphiqlScreen graphiql;

    @BeforeEach
    void openGraphiql() {
        graphiql = browser.open(port, "MeetingsWithAttendees");
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

    @Test
    void next_page_passes_the_end_cursor_as_the_variable_after() {
        graphiql.selectTab("MeetingsPageByPage");
        graphiql.execute();
        graphiql.waitForWholeResponseWith("\"hasNextPage\": true", "the first page of meetings");
        String firstPage = graphiql.wholeResponse();
        String endCursor = firstPage.replaceAll("(?s).*\"endCursor\": \"([^\"]+)\".*", "$1");
        String startCursor = firstPage.replaceAll("(?s).*\"startCursor\": \"([^\"]+)\".*", "$1");
        assertThat(firstPage).contains("\"totalCount\": 18").contains("\"hasPreviousPage\": false");

        graphiql.nextPage();

        graphiql.waitForWholeResponseOtherThan(firstPage, "the second page");
        graphiql.waitForWholeResponseWith("\"startCursor\": \"", "the second page");
        assertThat(graphiql.variables()).contains("\"after\": \"" + endCursor + "\"");
        String secondPage = graphiql.wholeResponse();
        assertThat(secondPage).doesNotContain("\"startCursor\": \"" + startCursor + "\"")
                .doesNotContain("\"cursor\": \"" + endCursor + "\"").doesNotContain("\"errors\"");
        graphiql.assertTheServiceAloneWasAsked();
    }
}

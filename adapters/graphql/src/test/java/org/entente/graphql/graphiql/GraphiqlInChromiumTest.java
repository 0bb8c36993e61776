package org.entente.graphql.graphiql;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.browser.GraphiqlBrowser;
import org.entente.browser.GraphiqlScreen;
import org.entente.browser.HeadlessChromium;
import org.entente.graphql.GraphQlTestApplication;
import org.entente.graphql.fake.FakeChanges;
import org.entente.graphql.fake.FakeUseCases;
import org.entente.graphql.fake.InMemoryCuration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The GraphiQL page in a real browser: it loads from this service alone, opens on the examples, and a click on
 * the execute button shows the data of the fakes. Skipped without Chromium, unless ENTENTE_REQUIRE_CHROMIUM=true.
 */
@DisabledIf(value = "org.entente.browser.HeadlessChromium#missingAndOptional", disabledReason = "GraphiQL is not "
        + "tested in a browser: there is " + HeadlessChromium.NO_CHROMIUM
        + "; with ENTENTE_REQUIRE_CHROMIUM=true this fails instead")
@SpringBootTest(classes = GraphQlTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({FakeUseCases.class, FakeChanges.class, InMemoryCuration.class})
class GraphiqlInChromiumTest {
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
    void the_first_example_shows_the_meetings_of_the_fakes() {
        assertThat(graphiql.activeTab()).isEqualTo("MeetingsWithAttendees");

        graphiql.execute();

        graphiql.waitForResponseWith("\"title\": \"Joint press conference\"",
                "the response with the meetings of the fakes");
        assertThat(graphiql.response()).contains("\"name\": \"Vo Van Thuong\"").doesNotContain("\"errors\"");
        assertThat(graphiql.wholeResponse()).contains("\"totalCount\": 2")
                .contains("\"title\": \"Talks between President Vo Van Thuong and Prime Minister Fumio Kishida\"");
        graphiql.assertTheServiceAloneWasAsked();
    }

    @Test
    void another_example_tab_shows_its_own_data() {
        graphiql.selectTab("NodeLookup");
        assertThat(graphiql.activeTab()).isEqualTo("NodeLookup");
        assertThat(graphiql.response()).doesNotContain("Nguyễn Minh Vũ");

        graphiql.execute();

        graphiql.waitForResponseWith("\"name\": \"Nguyễn Minh Vũ\"", "the response with the person of the fakes");
        assertThat(graphiql.response()).contains("\"__typename\": \"BilateralRelation\"")
                .contains("\"title\": \"Talks between President Vo Van Thuong and Prime Minister Fumio Kishida\"")
                .doesNotContain("\"errors\"");
        graphiql.assertTheServiceAloneWasAsked();
    }
}

package org.entente.graphql.graphiql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** GraphiQL is served at /graphiql with every script and style from this service, and opens on the examples. */
@WebMvcTest(GraphiqlPage.class)
class GraphiqlPageTest {
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Test
    void the_page_loads_only_assets_this_service_serves() throws Exception {
        String page = html();
        List<String> assets = new ArrayList<>();
        Matcher matcher = ASSET.matcher(page);
        while (matcher.find()) {
            assets.add(matcher.group(1));
        }
        assertThat(assets).hasSize(4).allSatisfy(asset -> assertThat(asset).startsWith("webjars/"));
        assertThat(page).doesNotContain("http://").doesNotContain("https://").doesNotContain("//cdn")
                .doesNotContain("{{");
        for (String asset : assets) {
            MvcResult result = mvc.perform(get("/" + asset)).andExpect(status().isOk()).andReturn();
            assertThat(result.getResponse().getContentAsByteArray()).as(asset).hasSizeGreaterThan(10_000);
        }
    }

    @Test
    void the_page_opens_with_a_tab_per_example_query() throws Exception {
        String page = html();
        List<GraphiqlPage.Example> examples = GraphiqlPage.examples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(5);
        for (GraphiqlPage.Example example : examples) {
            String operation = example.query().replaceAll("(?s).*?query (\\w+).*", "$1");
            assertThat(page).as(example.file()).contains("query " + operation);
        }
        assertThat(page).contains("defaultTabs: examples").contains("new URL('graphql', window.location.href)");
    }

    @Test
    void the_examples_cannot_break_out_of_the_script() {
        String rendered = GraphiqlPage.render(List.of(new GraphiqlPage.Example("x.graphql",
                "# </script><script>alert(1)</script>\n{ \"q\" }")));
        assertThat(rendered).doesNotContain("</script><script>alert")
                .contains("\"# \\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\n{ \\\"q\\\" }\"");
    }

    private String html() throws Exception {
        MvcResult result = mvc.perform(get("/graphiql")).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}

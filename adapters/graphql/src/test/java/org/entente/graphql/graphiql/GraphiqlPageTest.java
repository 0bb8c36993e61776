package org.entente.graphql.graphiql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * GraphiQL is served at /graphiql with every script, style and icon from this service, each at a URL named by its
 * content's hash, cached for good and gzipped; the page itself is revalidated; it opens on the examples.
 */
@WebMvcTest({GraphiqlPage.class, GraphiqlAssets.class})
class GraphiqlPageTest {
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Test
    void the_page_loads_only_assets_this_service_serves() throws Exception {
        String page = html();
        List<String> assets = assets(page);
        assertThat(assets).hasSize(5).allSatisfy(asset -> assertThat(asset).matches("graphiql/assets/[0-9a-f]{20}/.+"))
                .anySatisfy(asset -> assertThat(asset).endsWith("/favicon.svg"));
        assertThat(page).doesNotContain("http://").doesNotContain("https://").doesNotContain("//cdn")
                .doesNotContain("{{");
        for (String asset : assets) {
            MvcResult result = mvc.perform(get("/" + asset)).andExpect(status().isOk()).andReturn();
            assertThat(result.getResponse().getContentAsByteArray()).as(asset)
                    .hasSizeGreaterThan(asset.endsWith(".svg") ? 200 : 10_000);
        }
    }

    @Test
    void the_assets_are_cached_for_good_and_gzipped_for_a_client_that_accepts_it() throws Exception {
        for (String asset : assets(html())) {
            MvcResult plain = mvc.perform(get("/" + asset)).andExpect(status().isOk()).andReturn();
            assertThat(plain.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).as(asset)
                    .isEqualTo("max-age=31536000, public, immutable");
            assertThat(plain.getResponse().getHeaders(HttpHeaders.VARY)).as(asset).contains("Accept-Encoding");
            assertThat(plain.getResponse().getHeader(HttpHeaders.CONTENT_ENCODING)).as(asset).isNull();
            assertThat(plain.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).as(asset).isEqualTo("inline");
            byte[] body = plain.getResponse().getContentAsByteArray();
            assertThat(asset).contains("/" + GraphiqlAssets.hash(body) + "/");

            MvcResult gzipped = mvc.perform(get("/" + asset).header(HttpHeaders.ACCEPT_ENCODING, "gzip, deflate, br"))
                    .andExpect(status().isOk()).andReturn();
            assertThat(gzipped.getResponse().getHeader(HttpHeaders.CONTENT_ENCODING)).as(asset).isEqualTo("gzip");
            byte[] sent = gzipped.getResponse().getContentAsByteArray();
            assertThat(gunzip(sent)).as(asset).isEqualTo(body);
            assertThat(sent.length).as(asset + " gzipped").isLessThan(body.length);
            if (asset.endsWith(".js") && body.length > 100_000) {
                // the style holds its fonts, already compressed; the scripts are text
                assertThat(sent.length).as(asset + " gzipped").isLessThan(body.length / 3);
            }
            assertThat(gzipped.getResponse().getHeader(HttpHeaders.ETAG))
                    .isNotEqualTo(plain.getResponse().getHeader(HttpHeaders.ETAG));
        }
    }

    @Test
    void an_asset_under_another_hash_or_name_is_not_found() throws Exception {
        String asset = assets(html()).get(0);
        mvc.perform(get("/" + asset.replaceFirst("/[0-9a-f]{20}/", "/00000000000000000000/")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/graphiql/assets/00000000000000000000/graphiql.js")).andExpect(status().isNotFound());
    }

    @Test
    void the_page_is_revalidated_and_answers_304_while_it_has_not_changed() throws Exception {
        MvcResult first = mvc.perform(get("/graphiql")).andExpect(status().isOk()).andReturn();
        assertThat(first.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache");
        String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(etag).isNotBlank();
        mvc.perform(get("/graphiql").header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isNotModified());
        MvcResult gzipped = mvc.perform(get("/graphiql").header(HttpHeaders.ACCEPT_ENCODING, "gzip"))
                .andExpect(status().isOk()).andReturn();
        assertThat(gunzip(gzipped.getResponse().getContentAsByteArray()))
                .isEqualTo(first.getResponse().getContentAsByteArray());
    }

    @Test
    void gzip_is_sent_only_where_the_client_accepts_it() {
        assertThat(GraphiqlAssets.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(GraphiqlAssets.acceptsGzip("br;q=1.0, gzip;q=0.8")).isTrue();
        assertThat(GraphiqlAssets.acceptsGzip("*")).isTrue();
        assertThat(GraphiqlAssets.acceptsGzip(null)).isFalse();
        assertThat(GraphiqlAssets.acceptsGzip("identity")).isFalse();
        assertThat(GraphiqlAssets.acceptsGzip("gzip;q=0, *")).isFalse();
        assertThat(GraphiqlAssets.acceptsGzip("br, *;q=0")).isFalse();
    }

    @Test
    void the_page_sends_headers_over_http_and_when_a_subscription_connects() throws Exception {
        String page = html();
        assertThat(page).contains("isHeadersEditorEnabled: true").contains("subscriptionUrl: webSocketUrl.href")
                .contains("Authorization").contains("Bearer");
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
                "# </script><script>alert(1)</script>\n{ \"q\" }")), name -> name);
        assertThat(rendered).doesNotContain("</script><script>alert")
                .contains("\"# \\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\n{ \\\"q\\\" }\"");
    }

    private static List<String> assets(String page) {
        List<String> assets = new ArrayList<>();
        Matcher matcher = ASSET.matcher(page);
        while (matcher.find()) {
            assets.add(matcher.group(1));
        }
        return assets;
    }

    private static byte[] gunzip(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }

    private String html() throws Exception {
        MvcResult result = mvc.perform(get("/graphiql")).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}

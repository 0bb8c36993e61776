package org.entente.graphql.graphiql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * GraphiQL at {@code /graphiql}, with every script, style and icon served by this service ({@link GraphiqlAssets}: no
 * CDN, so it works on a closed network), opening with one tab per example query of {@code graphiql/examples/}.
 * The page names its assets by the hash of their content, so it is itself revalidated on every visit
 * ({@code no-cache} with an ETag: a 304 while nothing changed). On unless {@code entente.graphiql.enabled=false}.
 */
@Controller
@ConditionalOnProperty(name = "entente.graphiql.enabled", havingValue = "true", matchIfMissing = true)
public class GraphiqlPage {
    static final String EXAMPLES = "classpath*:graphiql/examples/*.graphql";

    private static final Pattern ASSET = Pattern.compile("\\{\\{asset:([^}]+)}}");

    private final GraphiqlAssets assets;
    private volatile GraphiqlAssets.Asset page;

    public GraphiqlPage(GraphiqlAssets assets) {
        this.assets = assets;
    }

    @GetMapping(value = "/graphiql", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    public ResponseEntity<byte[]> page(@RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false)
                                       String acceptEncoding) {
        return rendered().response(CacheControl.noCache(), acceptEncoding);
    }

    // rendered on the first visit rather than at start-up: it reads and hashes the assets, 1.5 MB
    private GraphiqlAssets.Asset rendered() {
        GraphiqlAssets.Asset rendered = page;
        if (rendered == null) {
            synchronized (this) {
                if (page == null) {
                    String html = render(examples(), assets::url);
                    page = GraphiqlAssets.Asset.of("index.html", html.getBytes(StandardCharsets.UTF_8));
                }
                rendered = page;
            }
        }
        return rendered;
    }

    /** The example queries, in the order of their file names. */
    public static List<Example> examples() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(EXAMPLES);
            return Arrays.stream(files)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(file -> new Example(file.getFilename(), read(file)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String render(List<Example> examples, Function<String, String> assetUrls) {
        StringBuilder tabs = new StringBuilder("[");
        for (Example example : examples) {
            tabs.append(tabs.length() > 1 ? "," : "").append("{\"query\":").append(JsString.of(example.query()))
                    .append("}");
        }
        tabs.append("]");
        String html = ASSET.matcher(template())
                .replaceAll(asset -> Matcher.quoteReplacement(assetUrls.apply(asset.group(1))));
        return html.replace("/*{{examples}}*/[]", tabs.toString());
    }

    private static String template() {
        return read(new org.springframework.core.io.ClassPathResource("graphiql/index.html"));
    }

    /** The version of an npm WebJar on the classpath, as its Maven descriptor gives it. */
    static String webJarVersion(String name) {
        String path = "META-INF/maven/org.webjars.npm/" + name + "/pom.properties";
        try (InputStream in = GraphiqlPage.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the WebJar " + name + " is missing from the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An example query and the file it comes from. */
    public record Example(String file, String query) {
    }
}

package org.entente.graphql.graphiql;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The scripts, style and icon of the GraphiQL page, served by this service from the classpath (the WebJars and
 * {@code graphiql/static/}) at {@code /graphiql/assets/<hash>/<name>}, where the hash is of the file's content: a
 * browser keeps each for a year without asking again ({@code immutable}), and a new version is a new URL. Each is
 * sent gzipped to a client that accepts it, compressed once, on first use, and kept.
 */
@Controller
@ConditionalOnProperty(name = "entente.graphiql.enabled", havingValue = "true", matchIfMissing = true)
public class GraphiqlAssets {
    static final String PATH = "/graphiql/assets/";
    static final CacheControl FOR_GOOD = CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable();

    private static final Map<String, String> LOCATIONS = Map.of(
            "graphiql.min.css", webJar("graphiql") + "/graphiql.min.css",
            "graphiql.min.js", webJar("graphiql") + "/graphiql.min.js",
            "react.production.min.js", webJar("react") + "/umd/react.production.min.js",
            "react-dom.production.min.js", webJar("react-dom") + "/umd/react-dom.production.min.js",
            "favicon.svg", "graphiql/static/favicon.svg");

    private final Map<String, Asset> loaded = new ConcurrentHashMap<>();

    /** The URL of an asset relative to the page at {@code /graphiql}; fails for a name that is none. */
    String url(String name) {
        return PATH.substring(1) + require(name).hash() + "/" + name;
    }

    /** The names of every asset there is. */
    static java.util.Set<String> names() {
        return LOCATIONS.keySet();
    }

    @GetMapping(PATH + "{hash}/{name:.+}")
    @ResponseBody
    public ResponseEntity<byte[]> asset(@PathVariable String hash, @PathVariable String name,
                                        @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false)
                                        String acceptEncoding) {
        Optional<Asset> asset = find(name).filter(found -> found.hash().equals(hash));
        if (asset.isEmpty()) {
            // an unknown file, or one whose content has changed since the page that names it was served
            return ResponseEntity.notFound().build();
        }
        return asset.get().response(FOR_GOOD, acceptEncoding);
    }

    private Asset require(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no GraphiQL asset is named " + name));
    }

    private Optional<Asset> find(String name) {
        String location = LOCATIONS.get(name);
        return location == null ? Optional.empty()
                : Optional.of(loaded.computeIfAbsent(name, unused -> Asset.of(name, read(location))));
    }

    private static String webJar(String name) {
        return "META-INF/resources/webjars/" + name + "/" + GraphiqlPage.webJarVersion(name);
    }

    private static byte[] read(String location) {
        try (InputStream in = GraphiqlAssets.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException(location + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One file as sent: its bytes, gzipped too, and the hash of its content that names its version. */
    record Asset(MediaType type, byte[] bytes, byte[] gzipped, String hash) {
        static Asset of(String name, byte[] bytes) {
            return new Asset(typeOf(name), bytes, gzip(bytes), GraphiqlAssets.hash(bytes));
        }

        /** The answer: gzipped where the client accepts it and it is smaller, with an ETag for each variant. */
        ResponseEntity<byte[]> response(CacheControl caching, String acceptEncoding) {
            boolean gzip = acceptsGzip(acceptEncoding) && gzipped.length < bytes.length;
            ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                    .contentType(type)
                    .cacheControl(caching)
                    .varyBy(HttpHeaders.ACCEPT_ENCODING)
                    .eTag(gzip ? hash + "-gzip" : hash)
                    // said here, Spring MVC adds none of its own (inline;filename=f.txt, against reflected downloads)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "inline");
            if (gzip) {
                answer.header(HttpHeaders.CONTENT_ENCODING, "gzip");
            }
            return answer.body(gzip ? gzipped : bytes);
        }

        private static MediaType typeOf(String name) {
            if (name.endsWith(".js")) {
                return new MediaType("text", "javascript", java.nio.charset.StandardCharsets.UTF_8);
            }
            if (name.endsWith(".css")) {
                return new MediaType("text", "css", java.nio.charset.StandardCharsets.UTF_8);
            }
            if (name.endsWith(".svg")) {
                return MediaType.valueOf("image/svg+xml");
            }
            if (name.endsWith(".html")) {
                return new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);
            }
            throw new IllegalArgumentException("no media type known for " + name);
        }
    }

    /** Whether an Accept-Encoding header admits gzip: named without {@code q=0}, or else {@code *} without it. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Boolean any = null;
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.trim().split(";");
            String name = parts[0].trim();
            boolean refused = false;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].replace(" ", "");
                refused |= parameter.startsWith("q=") && parameter.substring(2).matches("0(\\.0{0,3})?");
            }
            if (name.equalsIgnoreCase("gzip")) {
                return !refused;
            }
            if (name.equals("*")) {
                any = !refused;
            }
        }
        return Boolean.TRUE.equals(any);
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}

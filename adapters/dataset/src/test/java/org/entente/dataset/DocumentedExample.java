package org.entente.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The example file printed in docs/data.md, taken from the page itself so that the two cannot drift apart. */
final class DocumentedExample {
    /** The page, from the module directory. */
    static final Path PAGE = Path.of("../../docs/data.md");
    private static final String MARKER = "<!-- data-set-example -->\n```json\n";

    private DocumentedExample() {
    }

    /** The example as a file: the text of the fenced block after the marker. */
    static String json() {
        try {
            String page = Files.readString(PAGE, StandardCharsets.UTF_8);
            int start = page.indexOf(MARKER);
            if (start < 0) {
                throw new IllegalStateException(PAGE + " has no example after the marker " + MARKER.strip());
            }
            start += MARKER.length();
            return page.substring(start, page.indexOf("```", start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

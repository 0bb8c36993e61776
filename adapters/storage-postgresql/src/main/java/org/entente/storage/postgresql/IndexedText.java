package org.entente.storage.postgresql;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.entente.domain.common.DomainException;

/**
 * The longest text an index of this store holds: PostgreSQL refuses a b-tree or GIN entry longer than about a third
 * of its 8 kB page (2,704 bytes), so a folded name, an area or an idempotency key longer than this is refused before
 * it is written, with a rule of its own, rather than failing in the server. A limit of PostgreSQL's pages, not a
 * setting: it does not move.
 */
final class IndexedText {
    static final int MAX_BYTES = 2_000;
    static final String RULE = "TEXT_TOO_LONG_TO_INDEX";

    private IndexedText() {
    }

    /** {@code value}, unless it is too long to index; {@code what} says what it is, for the refusal. */
    static String check(String what, String value) {
        if (value != null && value.length() > MAX_BYTES / 3
                && value.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new DomainException(RULE, what + " is longer than the " + MAX_BYTES + " bytes (UTF-8) PostgreSQL "
                    + "can index; shorten it");
        }
        return value;
    }

    static <C extends Collection<String>> C check(String what, C values) {
        values.forEach(value -> check(what, value));
        return values;
    }
}

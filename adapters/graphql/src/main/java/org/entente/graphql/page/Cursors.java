package org.entente.graphql.page;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.entente.application.page.Keyset;
import org.entente.graphql.error.InvalidArgumentException;

/**
 * Cursors: the keyset of an item (its sort key and id) and the name of the list it belongs to, as base64url.
 * A cursor stays valid as long as the item keeps its place in the order, even if items are added around it.
 */
final class Cursors {
    private static final String MALFORMED = "CURSOR_MALFORMED";

    private Cursors() {
    }

    static String encode(String list, Keyset key) {
        String raw = list + ":" + key.sortKey().length() + ":" + key.sortKey() + key.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The keyset a cursor of {@code list} stands for; a malformed or foreign cursor is refused naming {@code argument}. */
    static Keyset decode(String list, String cursor, String argument) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed(cursor, argument);
        }
        int first = raw.indexOf(':');
        int second = first < 0 ? -1 : raw.indexOf(':', first + 1);
        if (second < 0) {
            throw malformed(cursor, argument);
        }
        if (!raw.substring(0, first).equals(list)) {
            throw new InvalidArgumentException(argument, "CURSOR_OF_ANOTHER_LIST", "'" + cursor
                    + "' is a cursor of another list; pass a cursor this list gave");
        }
        int length;
        try {
            length = Integer.parseInt(raw.substring(first + 1, second));
        } catch (NumberFormatException e) {
            throw malformed(cursor, argument);
        }
        int idStart = second + 1 + length;
        if (length < 0 || idStart >= raw.length()) {
            throw malformed(cursor, argument);
        }
        return new Keyset(raw.substring(second + 1, idStart), raw.substring(idStart));
    }

    private static InvalidArgumentException malformed(String cursor, String argument) {
        return new InvalidArgumentException(argument, MALFORMED, "'" + cursor
                + "' is not a cursor; pass back a cursor or pageInfo.endCursor as it was given");
    }
}

package org.entente.storage.mongodb;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of the unique index a duplicate key error (E11000) names. Both a real mongod and mongo-java-server say
 * it only in the error's message, {@code E11000 duplicate key error collection: <db>.<collection> index: <name>
 * dup key: {...}}: the Java driver keeps of a write error its code, message and errInfo (empty for a duplicate
 * key) and drops the {@code keyPattern} a real server sends, and mongo-java-server sends the message only. The name
 * is read once, whole, so that an index is told by its exact name and never by a name that merely contains it
 * ({@code name_1} is not {@code other_name_1}). A read to find the holder instead would fail inside a server
 * transaction, which the refused write has aborted.
 */
final class DuplicateKeyIndex {
    private static final Pattern INDEX = Pattern.compile("\\bindex: (\\S+) dup key");

    private DuplicateKeyIndex() {
    }

    /** The index named by the first duplicate key message among {@code failure} and its causes; null for none. */
    static String of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String index = inMessage(cause.getMessage());
            if (index != null) {
                return index;
            }
        }
        return null;
    }

    /** The index a duplicate key error's message names; null when the message names none. */
    static String inMessage(String message) {
        if (message == null) {
            return null;
        }
        Matcher index = INDEX.matcher(message);
        return index.find() ? index.group(1) : null;
    }
}

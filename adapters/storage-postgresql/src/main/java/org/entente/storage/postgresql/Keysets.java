package org.entente.storage.postgresql;

import org.entente.application.page.Keyset;
import org.entente.application.page.PageRequest;

/**
 * A keyset page in SQL: the bounds that admit what lies strictly after {@code after} and strictly before
 * {@code before} in the order of (sort key, id), as row comparisons an index on {@code (…, sort_key, id)} walks
 * from, and the order and limit that read the page and one row more.
 *
 * <p>A cursor comes from a client and may hold any text, U+0000 too, which PostgreSQL's text cannot: since no stored
 * key holds it, a bound that does is replaced by the bound without it that admits exactly the same stored keys.
 */
final class Keysets {
    private static final char NUL = '\u0000';

    private Keysets() {
    }

    /** The conditions, each after {@code AND}, of a listing ordered by {@code (sort_key, id)}. */
    static void bound(Sql sql, PageRequest request) {
        bound(sql, request, "sort_key", "id");
    }

    /** The conditions, each after {@code AND}, of a listing ordered by the expressions {@code (sortKey, id)}. */
    static void bound(Sql sql, PageRequest request, String sortKey, String id) {
        String row = "(" + sortKey + ", " + id + ")";
        if (request.after() != null) {
            Keyset after = request.after();
            int cut = after.sortKey().indexOf(NUL);
            if (cut >= 0) {
                // a stored sort key is after "p\0…" exactly when it is after "p"
                sql.add(" AND " + sortKey + " > ").text(after.sortKey().substring(0, cut));
            } else {
                // an id after "p\0…" is one after "p"
                sql.add(" AND " + row + " > (").text(after.sortKey()).add(", ").text(withoutNul(after.id())).add(")");
            }
        }
        if (request.before() != null) {
            Keyset before = request.before();
            int cut = before.sortKey().indexOf(NUL);
            if (cut >= 0) {
                // a stored sort key is before "p\0…" exactly when it is "p" or before it
                sql.add(" AND " + sortKey + " <= ").text(before.sortKey().substring(0, cut));
            } else {
                // an id before "p\0…" is "p" or one before it
                String beforeId = before.id();
                sql.add(beforeId.indexOf(NUL) >= 0 ? " AND " + row + " <= (" : " AND " + row + " < (")
                        .text(before.sortKey()).add(", ").text(withoutNul(beforeId)).add(")");
            }
        }
    }

    /** The conditions, each after {@code AND}, of the listing by id, whose every sort key is the id itself. */
    static void boundById(Sql sql, PageRequest request) {
        if (request.after() != null) {
            Keyset after = request.after();
            String sortKey = after.sortKey();
            int cut = sortKey.indexOf(NUL);
            if (cut >= 0) {
                sql.add(" AND id > ").text(sortKey.substring(0, cut));
            } else {
                // (id, id) > (s, i): after s, or s itself when s > i
                sql.add(sortKey.compareTo(after.id()) > 0 ? " AND id >= " : " AND id > ").text(sortKey);
            }
        }
        if (request.before() != null) {
            Keyset before = request.before();
            String sortKey = before.sortKey();
            int cut = sortKey.indexOf(NUL);
            if (cut >= 0) {
                sql.add(" AND id <= ").text(sortKey.substring(0, cut));
            } else {
                sql.add(sortKey.compareTo(before.id()) < 0 ? " AND id <= " : " AND id < ").text(sortKey);
            }
        }
    }

    /** The text up to its first U+0000, if any. */
    private static String withoutNul(String text) {
        int cut = text.indexOf(NUL);
        return cut < 0 ? text : text.substring(0, cut);
    }

    /** The order the page is read in (backwards for a page from the end) and its limit: the page and one more. */
    static String orderAndLimit(String sortKey, PageRequest request) {
        String direction = request.fromEnd() ? " DESC" : "";
        String order = sortKey.equals("id") ? "id" + direction : sortKey + direction + ", id" + direction;
        return " ORDER BY " + order + " LIMIT " + (request.size() + 1);
    }
}

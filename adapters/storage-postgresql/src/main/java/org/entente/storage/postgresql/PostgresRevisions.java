package org.entente.storage.postgresql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.ArrayList;
import org.entente.application.history.Revision;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.Revisions;
import org.entente.domain.common.DomainException;

/**
 * The revision log: one row per version of a record, its primary key {@code (aggregate, record_id, version)} being
 * the revision's own key, so that appending a revision again inserts nothing. A history is read in version order;
 * its keyset's sort key is the version zero-padded to 19 digits and its id the revision's key.
 */
final class PostgresRevisions implements Revisions {
    private static final String COLUMNS = "aggregate, record_id, version, previous_version, actor, at, at_nanos, "
            + "operation, changed_fields";
    private static final String SORT_KEY = "lpad(version::text, 19, '0') COLLATE \"C\"";
    private static final String KEY = "(aggregate || ':' || record_id || ':' || version::text) COLLATE \"C\"";

    private final PostgresSite site;

    PostgresRevisions(PostgresSite site) {
        this.site = site;
    }

    @Override
    public void append(Revision r) {
        for (String text : texts(r)) {
            if (text.indexOf('\u0000') >= 0) {
                throw new DomainException("TEXT_UNSTORABLE", "revision " + r.key() + " holds the character U+0000, "
                        + "which PostgreSQL cannot store");
            }
        }
        site.update(new Sql("INSERT INTO revisions (" + COLUMNS + ") VALUES (").text(r.aggregate()).add(", ")
                .text(r.id()).add(", ").bigint(r.version()).add(", ").bigint(r.previousVersion()).add(", ")
                .text(r.actor()).add(", CAST(").text(OffsetDateTime.ofInstant(r.at().truncatedTo(ChronoUnit.MICROS),
                        ZoneOffset.UTC).toString()).add(" AS timestamptz), ").integer(r.at().getNano()).add(", ")
                .text(r.operation()).add(", ").texts(r.changedFields())
                .add(") ON CONFLICT (aggregate, record_id, version) DO NOTHING"));
    }

    @Override
    public Page<Revision> history(String aggregate, String id, PageRequest request) {
        return histories(aggregate, List.of(id), request).get(id);
    }

    @Override
    public long count(String aggregate, String id) {
        return counts(aggregate, List.of(id)).get(id);
    }

    /**
     * One statement: for each id asked for, a lateral branch that walks the primary key from the cursor's version and
     * stops after the page and one more, so that a long history costs no more than a short one.
     */
    @Override
    public Map<String, Page<Revision>> histories(String aggregate, Collection<String> ids, PageRequest request) {
        List<String> asked = new ArrayList<>(new LinkedHashSet<>(ids));
        Map<String, Page<Revision>> histories = new LinkedHashMap<>();
        if (asked.isEmpty()) {
            return histories;
        }
        Sql sql = new Sql("SELECT history.* FROM unnest(CAST(").texts(asked)
                .add(" AS text[])) WITH ORDINALITY AS asked(asked_id, n) CROSS JOIN LATERAL (SELECT " + COLUMNS
                        + " FROM revisions WHERE aggregate = ").text(aggregate).add(" AND record_id = asked.asked_id");
        Keysets.bound(sql, request, SORT_KEY, KEY);
        seek(sql, request);
        sql.add(" ORDER BY version" + (request.fromEnd() ? " DESC" : "") + " LIMIT " + (request.size() + 1)
                + ") AS history ORDER BY asked.n, history.version");
        Map<String, List<Revision>> rows = new HashMap<>();
        asked.forEach(id -> rows.put(id, new ArrayList<>()));
        site.query(sql, (row, n) -> {
            site.read();
            Revision revision = revision(row, n);
            return rows.get(revision.id()).add(revision);
        });
        asked.forEach(id -> histories.put(id, Page.cut(rows.get(id), request)));
        return histories;
    }

    /** One statement counting the rows of every id asked for on the primary key; an id without any counts 0. */
    @Override
    public Map<String, Long> counts(String aggregate, Collection<String> ids) {
        Map<String, Long> counts = new LinkedHashMap<>();
        new LinkedHashSet<>(ids).forEach(id -> counts.put(id, 0L));
        if (counts.isEmpty()) {
            return counts;
        }
        site.query(new Sql("SELECT record_id, count(*) AS total FROM revisions WHERE aggregate = ").text(aggregate)
                        .add(" AND record_id = ANY(CAST(").texts(List.copyOf(counts.keySet()))
                        .add(" AS text[])) GROUP BY record_id"),
                (row, n) -> counts.put(row.getString("record_id"), row.getLong("total")));
        return counts;
    }

    /**
     * The keyset bound again as a bound on the version itself, which the primary key seeks to: a cursor's sort key
     * of 19 digits is a version's, and every row the bound on the sort key admits lies at that version or beyond
     * it. It admits nothing the other excludes; a cursor of any other text is bounded by the sort key alone.
     */
    private static void seek(Sql sql, PageRequest request) {
        if (request.after() != null) {
            versionOf(request.after().sortKey()).ifPresent(v -> sql.add(" AND version >= ").bigint(v));
        }
        if (request.before() != null) {
            versionOf(request.before().sortKey()).ifPresent(v -> sql.add(" AND version <= ").bigint(v));
        }
    }

    private static OptionalLong versionOf(String sortKey) {
        if (sortKey.length() != 19 || !sortKey.chars().allMatch(c -> c >= '0' && c <= '9')
                || sortKey.compareTo(String.valueOf(Long.MAX_VALUE)) > 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(sortKey));
    }

    private static Revision revision(ResultSet rows, int n) throws SQLException {
        long seconds = rows.getObject("at", OffsetDateTime.class).toEpochSecond();
        return new Revision(rows.getString("aggregate"), rows.getString("record_id"), rows.getLong("version"),
                rows.getLong("previous_version"), rows.getString("actor"),
                Instant.ofEpochSecond(seconds, rows.getInt("at_nanos")), rows.getString("operation"),
                Arrays.asList((String[]) rows.getArray("changed_fields").getArray()));
    }

    private static List<String> texts(Revision r) {
        List<String> texts = new ArrayList<>(List.of(r.aggregate(), r.id(), r.actor(), r.operation()));
        texts.addAll(r.changedFields());
        return texts;
    }
}

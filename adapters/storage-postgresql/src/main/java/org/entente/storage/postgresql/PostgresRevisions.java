package org.entente.storage.postgresql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        Sql sql = new Sql("SELECT " + COLUMNS + " FROM revisions WHERE aggregate = ").text(aggregate)
                .add(" AND record_id = ").text(id);
        Keysets.bound(sql, request, SORT_KEY, KEY);
        sql.add(" ORDER BY version" + (request.fromEnd() ? " DESC" : "") + " LIMIT " + (request.size() + 1));
        return Page.cut(PostgresRecords.ascending(site.query(sql, PostgresRevisions::revision), request), request);
    }

    @Override
    public long count(String aggregate, String id) {
        return site.query(new Sql("SELECT count(*) FROM revisions WHERE aggregate = ").text(aggregate)
                .add(" AND record_id = ").text(id), (rows, n) -> rows.getLong(1)).get(0);
    }

    @Override
    public Map<String, List<Revision>> historiesOf(String aggregate, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Revision>> histories = new LinkedHashMap<>();
        site.query(new Sql("SELECT " + COLUMNS + " FROM revisions WHERE aggregate = ").text(aggregate)
                        .add(" AND record_id = ANY(").texts(ids.stream().distinct().toList())
                        .add(") ORDER BY record_id, version"),
                (rows, n) -> histories.computeIfAbsent(rows.getString("record_id"), k -> new ArrayList<>())
                        .add(revision(rows, n)));
        return histories;
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

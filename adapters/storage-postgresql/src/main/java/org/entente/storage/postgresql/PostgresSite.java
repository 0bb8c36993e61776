package org.entente.storage.postgresql;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database every port of one store works on, its units of work, and the count of the records it has read back:
 * a row becomes a record only here, so that the count is what the server sent.
 */
final class PostgresSite {
    private final JdbcClient jdbc;
    private final PostgresUnits units;
    private final LongAdder recordsRead = new LongAdder();

    PostgresSite(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.units = new PostgresUnits(dataSource);
    }

    PostgresUnits units() {
        return units;
    }

    <T> List<T> query(Sql sql, RowMapper<T> rows) {
        return jdbc.sql(sql.text()).params(sql.values()).query(rows).list();
    }

    int update(Sql sql) {
        return jdbc.sql(sql.text()).params(sql.values()).update();
    }

    /** Counts one record read back from the server. */
    void read() {
        recordsRead.increment();
    }

    long recordsRead() {
        return recordsRead.sum();
    }
}

package org.entente.storage.postgresql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.entente.application.port.out.Storage;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database the contract suite runs on, {@code entente_contract} on the tests' server ({@link PostgresServers}):
 * migrated once, every table emptied before each test, the same ports over it throughout.
 */
final class ContractDatabase {
    private static final String TABLES = "relations, persons, organizations, sources, visits, mechanisms, meetings, "
            + "instruments, invitations, events, revisions, receipts";
    private static PostgresStorage store;
    private static JdbcClient jdbc;

    private ContractDatabase() {
    }

    /** Every port over the contract database, empty. */
    static synchronized Storage emptied() {
        if (store == null) {
            HikariDataSource dataSource = dataSource(PostgresServers.database("entente_contract"));
            store = PostgresStorage.open(dataSource);
            jdbc = JdbcClient.create(dataSource);
        }
        jdbc.sql("TRUNCATE " + TABLES).update();
        return store.storage();
    }

    /** The records the ports have read back so far. */
    static long recordsRead() {
        return store.recordsRead();
    }

    /** A pool over {@code url} as the tests' server's user, each connection with synchronous_commit=on. */
    static HikariDataSource dataSource(String url) {
        return dataSource(url, "SET synchronous_commit = on");
    }

    /** A pool over {@code url} whose connections each start with {@code initSql}, when there is one. */
    static HikariDataSource dataSource(String url, String initSql) {
        PostgresServers.Server server = PostgresServers.server();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(server.user());
        config.setPassword(server.password());
        config.setMaximumPoolSize(12);
        config.setConnectionInitSql(initSql);
        return new HikariDataSource(config);
    }
}

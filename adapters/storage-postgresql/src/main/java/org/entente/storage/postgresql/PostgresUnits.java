package org.entente.storage.postgresql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.entente.application.port.out.Transactions;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Units of work as PostgreSQL transactions, at PostgreSQL's default isolation (read committed): whatever the work
 * writes through the ports is committed together, or rolled back when the work throws. A commit returns once
 * PostgreSQL has flushed it to its write-ahead log (every connection runs with {@code synchronous_commit=on}). A
 * transaction the server aborts as a deadlock or a serialization failure is run again, up to five times in all.
 * A write outside a unit is one statement, in a transaction of its own.
 */
final class PostgresUnits implements Transactions {
    static final int ATTEMPTS = 5;
    /** deadlock_detected, serialization_failure: the server gave up on the transaction, not on what it asked */
    private static final Set<String> RETRIED = Set.of("40P01", "40001");

    private final TransactionTemplate transactions;
    private final DataSource dataSource;

    PostgresUnits(DataSource dataSource) {
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.dataSource = dataSource;
    }

    /**
     * {@code ANALYZE} of the database: without it the planner keeps the statistics it had before the import until
     * autovacuum comes round, and with them picked the listing index for a person's meetings (passing a thousand
     * rows for three at 10,000 meetings) and a bitmap of every meeting for a relation's date window
     * (docs/performance.md, "Why, from the plans").
     */
    @Override
    public void bulkWritten() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        } catch (SQLException e) {
            // the import is stored already; autovacuum refreshes the statistics on its own schedule
            System.getLogger(PostgresUnits.class.getName()).log(System.Logger.Level.WARNING,
                    "PostgreSQL did not refresh its statistics after the import (" + e.getMessage()
                            + "); its autovacuum will");
        }
    }

    @Override
    public <T> T inOne(Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> work.get());
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !retried(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean retried(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && RETRIED.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}

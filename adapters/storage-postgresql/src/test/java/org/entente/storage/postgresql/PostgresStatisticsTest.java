package org.entente.storage.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.entente.domain.meeting.MeetingId;
import org.entente.storage.contract.SampleRecords;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A bulk write ends with the planner's statistics refreshed (ANALYZE), so that the reads after an import are planned
 * for the data imported, not for the empty tables autovacuum last saw.
 */
class PostgresStatisticsTest {
    @Test
    void aBulkWriteRefreshesThePlannersStatistics() throws InterruptedException {
        String url = PostgresServers.freshDatabase("entente_statistics");
        try (HikariDataSource dataSource = ContractDatabase.dataSource(url)) {
            PostgresStorage store = PostgresStorage.open(dataSource);
            store.storage().transactions().inOne(() -> {
                IntStream.range(0, 60).forEach(n -> store.storage().meetings().save(
                        SampleRecords.meeting(new MeetingId("m-" + n), n)));
                return null;
            });
            JdbcClient sql = JdbcClient.create(dataSource);
            // a manual ANALYZE only sets last_analyze (autovacuum sets last_autoanalyze)
            assertThat(lastAnalyzed(sql)).as("before the bulk write is told").isNull();

            store.storage().transactions().bulkWritten();

            Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
            while (lastAnalyzed(sql) == null && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
            }
            assertThat(lastAnalyzed(sql)).as("after").isNotNull();
            assertThat(sql.sql("SELECT reltuples FROM pg_class WHERE relname = 'meetings'").query(Float.class).single())
                    .as("the rows the planner now expects").isEqualTo(60f);
        } finally {
            PostgresServers.drop(url);
        }
    }

    /** When the meetings were last analyzed by hand, or null. */
    private static String lastAnalyzed(JdbcClient sql) {
        String at = sql.sql("SELECT coalesce(last_analyze::text, '') FROM pg_stat_user_tables WHERE relname = 'meetings'")
                .query(String.class).single();
        return at.isEmpty() ? null : at;
    }
}

package org.entente.storage.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.entente.application.history.Revision;
import org.entente.application.port.out.Storage;
import org.entente.application.receipt.Receipt;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.storage.contract.SampleRecords;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a unit of work promises when PostgreSQL itself dies: writers record meetings, each in a unit with its revision
 * and the receipt of its idempotency key, until the server is stopped as a crash stops it (every process aborted,
 * no checkpoint) and started again. Every unit that returned is there, whole; no unit is there in part (a meeting
 * without its revision, a receipt claimed and never settled); the ports go on working over the same pool.
 *
 * <p>To watch it fail, run it with {@code -Dentente.crash.synchronous-commit=off}: each unit then commits without
 * waiting for its write-ahead log (PostgreSQL's {@code synchronous_commit=off}, set for the unit alone), and the crash
 * loses units that had returned.
 */
class PostgresCrashTest {
    private static final int WRITERS = 4;
    /** {@code off} to break the promise on purpose; {@code on}, the store's own setting, unless said. */
    private static final String SYNCHRONOUS_COMMIT = System.getProperty("entente.crash.synchronous-commit", "on");

    @Test
    void everyUnitThatReturnedIsThereWholeAfterTheServerCrashed() throws Exception {
        assertThat(SYNCHRONOUS_COMMIT).as("entente.crash.synchronous-commit").isIn("on", "off");
        String url = PostgresServers.freshDatabase("entente_crash");
        try (HikariDataSource dataSource = ContractDatabase.dataSource(url)) {
            Storage storage = PostgresStorage.open(dataSource).storage();
            JdbcClient sql = JdbcClient.create(dataSource);
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            List<Throwable> unexpected = new CopyOnWriteArrayList<>();
            AtomicBoolean writing = new AtomicBoolean(true);
            CountDownLatch someWritten = new CountDownLatch(WRITERS * 20);
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.submit(() -> {
                    for (int n = 0; writing.get(); n++) {
                        String id = "crash-" + writer + "-" + n;
                        int variant = writer * 1_000_000 + n;
                        try {
                            storage.transactions().inOne(() -> {
                                sql.sql("SET LOCAL synchronous_commit = " + SYNCHRONOUS_COMMIT).update();
                                return record(storage, id, variant);
                            });
                            acknowledged.add(id);
                            someWritten.countDown();
                        } catch (DataAccessException | TransactionException e) {
                            // the server is down, or went down during the commit: this unit's outcome is unknown to
                            // the writer, as it would be to a client (which asks again under the same key)
                            pause();
                        } catch (RuntimeException | Error e) {
                            unexpected.add(e);
                        }
                    }
                });
            }
            assertThat(someWritten.await(60, TimeUnit.SECONDS)).as("writes before the crash").isTrue();
            PostgresServers.crashAndRecover();
            writing.set(false);
            writers.shutdown();
            assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

            assertThat(unexpected).as("failures other than the server's absence").isEmpty();
            Set<String> stored = Set.copyOf(sql.sql("SELECT id FROM meetings").query(String.class).list());
            assertThat(stored).as("every acknowledged unit's meeting").containsAll(acknowledged);
            assertThat(sql.sql("SELECT count(*) FROM meetings m WHERE NOT EXISTS (SELECT 1 FROM revisions r WHERE "
                    + "r.record_id = m.id)").query(Long.class).single()).as("meetings without their revision").isZero();
            assertThat(sql.sql("SELECT count(*) FROM receipts WHERE result_id IS NULL").query(Long.class).single())
                    .as("keys claimed and never settled").isZero();
            assertThat(sql.sql("SELECT count(*) FROM receipts").query(Long.class).single())
                    .as("one settled key per meeting").isEqualTo(stored.size());
            assertThat(storage.meetings().count()).as("the ports after the crash, over the same pool")
                    .isEqualTo(stored.size());
            System.out.printf("crash of PostgreSQL (synchronous_commit=%s): %d units acknowledged, %d stored, none in "
                    + "part%n", SYNCHRONOUS_COMMIT, acknowledged.size(), stored.size());
        } finally {
            PostgresServers.drop(url);
        }
    }

    /** One unit's writes: a meeting, its revision, and the receipt of the key that asked for it. */
    private static Meeting record(Storage storage, String id, int variant) {
        String key = "key-" + id;
        assertThat(storage.receipts().claim(Receipt.claim(key, "recordMeeting", id))).isEmpty();
        Meeting saved = storage.meetings().save(SampleRecords.meeting(new MeetingId(id), variant));
        storage.revisions().append(new Revision("Meeting", id, 1, 0, "writer", Instant.now(), "recordMeeting",
                List.of("title")));
        storage.receipts().settle(key, id);
        return saved;
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.entente.storage.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.entente.application.criteria.MeetingCriteria;
import org.entente.application.history.Revision;
import org.entente.application.page.Keyset;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.Storage;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.storage.contract.SampleRecords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * What the ports promise about round trips, counted as the statements the driver is given: a batch load, the pages
 * of many criteria, their counts, their commitment sums, the lists of many parents and the pages and counts of the
 * histories of many records are one statement each, and so is a save; a page of many histories reads the page and
 * one revision more of each, by the store's own meter.
 */
class PostgresRoundTripsTest {
    private static String url;
    private static HikariDataSource pool;
    private static final AtomicInteger statements = new AtomicInteger();
    private static PostgresStorage store;
    private static Storage storage;
    private static List<Meeting> meetings;

    @BeforeAll
    static void storeSamples() {
        url = PostgresServers.freshDatabase("entente_round_trips");
        pool = ContractDatabase.dataSource(url);
        store = PostgresStorage.open(new Counting(pool));
        storage = store.storage();
        meetings = IntStream.range(0, 60).mapToObj(n -> storage.meetings().save(SampleRecords.meeting(
                new MeetingId("m-" + n), n))).toList();
        meetings.forEach(m -> storage.revisions().append(new Revision("Meeting", m.id().value(), 1, 0, "curator",
                Instant.EPOCH, "recordMeeting", List.of())));
    }

    @AfterAll
    static void drop() {
        if (pool != null) {
            pool.close();
            PostgresServers.drop(url);
        }
    }

    @Test
    void everyBatchIsOneStatement() {
        List<MeetingCriteria> parents = List.of(MeetingCriteria.ofRelation(SampleRecords.RELATIONS.get(0)),
                MeetingCriteria.attendedBy(SampleRecords.PERSONS.get(1)),
                MeetingCriteria.committedIn(SampleRecords.RELATIONS.get(1)), MeetingCriteria.ALL);

        assertThat(statementsOf(() -> storage.meetings().findAllById(meetings.stream().map(Meeting::id).toList())))
                .as("a batch load of 60").isEqualTo(1);
        assertThat(statementsOf(() -> storage.meetings().pages(parents, PageRequest.first(3))))
                .as("the pages of four criteria").isEqualTo(1);
        assertThat(statementsOf(() -> storage.meetings().counts(parents))).as("their counts").isEqualTo(1);
        assertThat(statementsOf(() -> storage.meetings().commitmentCounts(parents))).as("their sums").isEqualTo(1);
        assertThat(statementsOf(() -> storage.meetings().findSessionsOf(SampleRecords.MECHANISMS)))
                .as("the sessions of every mechanism").isEqualTo(1);
        List<String> ids = meetings.stream().map(m -> m.id().value()).toList();
        assertThat(statementsOf(() -> storage.revisions().histories("Meeting", ids, PageRequest.first(5))))
                .as("a page of sixty histories").isEqualTo(1);
        assertThat(statementsOf(() -> storage.revisions().counts("Meeting", ids))).as("their counts").isEqualTo(1);
        Meeting first = meetings.get(0);
        assertThat(statementsOf(() -> storage.meetings().save(first.retitle("Retitled")))).as("a save").isEqualTo(1);
    }

    @Test
    void aPageOfManyHistoriesReadsThePageAndOneMoreOfEach() {
        List<String> ids = meetings.subList(0, 10).stream().map(m -> m.id().value()).toList();
        ids.forEach(id -> IntStream.rangeClosed(2, 40).forEach(v -> storage.revisions().append(new Revision("Meeting",
                id, v, v - 1, "curator", Instant.EPOCH, "retitleMeeting", List.of("title")))));
        Revision twentieth = storage.revisions().history("Meeting", ids.get(0), PageRequest.first(20)).items().get(19);
        Keyset after = Revision.keyOf(twentieth);

        for (PageRequest request : List.of(PageRequest.first(3), PageRequest.firstAfter(3, after),
                PageRequest.lastBefore(3, after), PageRequest.lastBefore(3, null))) {
            long before = store.recordsRead();
            var pages = storage.revisions().histories("Meeting", ids, request);
            assertThat(store.recordsRead() - before).as("revisions read for %s", request).isLessThanOrEqualTo(4L * 10);
            assertThat(pages.values()).allSatisfy(page -> assertThat(page.items()).hasSize(3));
        }
        assertThat(storage.revisions().histories("Meeting", ids, PageRequest.firstAfter(3, after)).get(ids.get(0))
                .items()).extracting(Revision::version).containsExactly(21L, 22L, 23L);
        assertThat(storage.revisions().counts("Meeting", ids).values()).containsOnly(40L);
    }

    private static int statementsOf(Runnable call) {
        int before = statements.get();
        call.run();
        return statements.get() - before;
    }

    /** The pool, its connections counting every statement they prepare or create. */
    private static final class Counting extends DelegatingDataSource {
        Counting(HikariDataSource pool) {
            super(pool);
        }

        @Override
        public Connection getConnection() throws java.sql.SQLException {
            Connection connection = super.getConnection();
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")
                                || method.getName().equals("prepareCall")) {
                            statements.incrementAndGet();
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}

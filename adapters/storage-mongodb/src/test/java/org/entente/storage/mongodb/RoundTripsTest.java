package org.entente.storage.mongodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.entente.application.criteria.MeetingCriteria;
import org.entente.application.history.Revision;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.Revisions;
import org.entente.application.port.out.Storage;
import org.entente.domain.common.StaleVersionException;
import org.entente.domain.meeting.Meeting;
import org.entente.domain.meeting.MeetingId;
import org.entente.storage.contract.SampleRecords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What each call costs in commands sent to the server, counted by {@link MongoCommandCounter}: one, whatever the size. */
class RoundTripsTest {
    private static EmbeddedMongo server;
    private static MongoConnection connection;
    private Storage storage;

    @BeforeAll
    static void start() {
        server = EmbeddedMongo.inMemory();
        connection = MongoConnection.open(server.connectionString(), "entente-round-trips");
    }

    @AfterAll
    static void stop() {
        connection.close();
        server.close();
    }

    @BeforeEach
    void emptyStore() {
        storage = MongoStorage.onEmbedded(server, connection.mongo());
        storage.transactions().inOne(() -> {
            MongoServers.empty(connection.mongo());
            return null;
        });
    }

    @Test
    void aBatchLoadOfHundredsOfIdsIsOneFind() {
        List<MeetingId> ids = new ArrayList<>();
        for (int n = 0; n < 300; n++) {
            ids.add(storage.meetings().save(SampleRecords.meeting(new MeetingId("m" + n), n)).id());
        }
        for (int n = 0; n < 50; n++) {
            ids.add(new MeetingId("absent" + n));
        }
        connection.commands().reset();

        assertThat(storage.meetings().findAllById(ids)).hasSize(300);

        assertThat(connection.commands().counts()).containsExactly(java.util.Map.entry("find", 1L));
    }

    @Test
    void theHistoriesOfHundredsOfRecordsAreOneAggregation() {
        Revisions log = storage.revisions();
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < 300; n++) {
            ids.add("m" + n);
            for (long version = 1; version <= 2; version++) {
                log.append(new Revision("Meeting", "m" + n, version, version - 1, "curator",
                        java.time.Instant.EPOCH.plusSeconds(n), "updateMeeting", List.of("title")));
            }
        }
        connection.commands().reset();

        var histories = log.histories("Meeting", ids, PageRequest.first(5));

        assertThat(histories).hasSize(300).allSatisfy((id, history) -> assertThat(history.items()).hasSize(2));
        assertThat(connection.commands().counts()).containsExactly(java.util.Map.entry("aggregate", 1L));
    }

    @Test
    void aListOfHundredsOfMeetingsIsOneFind() {
        for (int n = 0; n < 600; n++) {
            storage.meetings().save(SampleRecords.meeting(new MeetingId("m" + n), n));
        }
        connection.commands().reset();

        List<Meeting> sessions = storage.meetings().findSessionsOf(SampleRecords.MECHANISMS);

        assertThat(sessions).hasSize(200);
        assertThat(connection.commands().counts()).containsExactly(java.util.Map.entry("find", 1L));
    }

    @Test
    void thePagesAndCountsOfManyParentsAreOneAggregationEach() {
        for (int n = 0; n < 600; n++) {
            storage.meetings().save(SampleRecords.meeting(new MeetingId("m" + n), n));
        }
        List<MeetingCriteria> parents = SampleRecords.PERSONS.stream().map(MeetingCriteria::attendedBy).toList();
        connection.commands().reset();

        var pages = storage.meetings().pages(parents, PageRequest.first(3));
        var counts = storage.meetings().counts(parents);
        var sums = storage.meetings().commitmentCounts(parents);

        assertThat(pages).hasSize(parents.size()).allSatisfy((parent, page) ->
                assertThat(page.items()).hasSize((int) Math.min(3, counts.get(parent))));
        assertThat(counts.values()).filteredOn(count -> count > 3).hasSizeGreaterThan(parents.size() / 2);
        assertThat(sums).hasSize(parents.size());
        assertThat(connection.commands().counts()).containsExactly(java.util.Map.entry("aggregate", 3L));
    }

    @Test
    void aPageIsOneFindAndACountOneCommand() {
        for (int n = 0; n < 150; n++) {
            storage.meetings().save(SampleRecords.meeting(new MeetingId("m" + n), n));
        }
        MeetingCriteria criteria = MeetingCriteria.ofRelation(SampleRecords.RELATIONS.get(0));
        connection.commands().reset();

        assertThat(storage.meetings().page(criteria, PageRequest.first(PageRequest.MAX_SIZE)).items()).hasSize(50);
        assertThat(connection.commands().total()).isEqualTo(1);
        assertThat(storage.meetings().count(criteria)).isEqualTo(50);
        assertThat(connection.commands().total()).isEqualTo(2);
    }

    @Test
    void aSaveIsOneWriteWhetherItWinsOrNot() {
        Meeting saved = storage.meetings().save(SampleRecords.meeting(new MeetingId("m"), 1));
        storage.meetings().save(saved.retitle("Hội đàm"));
        assertThat(connection.commands().count("insert")).isEqualTo(1);
        assertThat(connection.commands().count("update")).isEqualTo(1);
        connection.commands().reset();

        assertThatThrownBy(() -> storage.meetings().save(saved.retitle("stale")))
                .isInstanceOf(StaleVersionException.class);

        assertThat(connection.commands().total()).isEqualTo(1);
    }
}

package org.entente.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.application.history.Revision;
import org.entente.application.page.Keyset;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.Revisions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Revisions}, the append-only log of changes: every field (the instant to the nanosecond)
 * survives, appending a revision again changes nothing, and one record's history pages by version both ways.
 */
public abstract class RevisionsContract extends StorageContract {
    private static final Instant AT = Instant.parse("2026-11-22T10:15:30.123456789Z");

    /** The log under test, out of {@link #storage}: empty at the start of every test. */
    protected Revisions revisions;

    @BeforeEach
    final void openEmptyLog() {
        revisions = storage.revisions();
    }

    @Test
    public void everyFieldSurvivesARoundTrip() {
        Revision created = new Revision("Meeting", "hoi-dam-2023-11-27", 1, 0, "curator: Đặng Thị Thu Hà", AT,
                "recordMeeting", List.of("title", "attendances", "startDate"));
        Revision nothingChanged = new Revision("Meeting", "hoi-dam-2023-11-27", 2, 1, "system", AT.plusNanos(1),
                "import", List.of());
        revisions.append(created);
        revisions.append(nothingChanged);

        assertThat(revisions.history("Meeting", "hoi-dam-2023-11-27", PageRequest.first(10)).items())
                .containsExactly(created, nothingChanged);
    }

    @Test
    public void appendingARevisionAgainChangesNothing() {
        Revision first = revision("Instrument", "mou-energy", 3, "alice");
        revisions.append(first);
        revisions.append(first);
        revisions.append(revision("Instrument", "mou-energy", 3, "bob"));

        assertThat(revisions.count("Instrument", "mou-energy")).isEqualTo(1);
        assertThat(revisions.history("Instrument", "mou-energy", PageRequest.first(10)).items()).containsExactly(first);
    }

    @Test
    public void ofConcurrentAppendsOfOneRevisionOneIsKeptAndNoneFails() throws InterruptedException {
        List<Callable<Boolean>> appends = new ArrayList<>();
        for (int a = 0; a < 6; a++) {
            Revision revision = revision("Event", "apec-2027", 1, "writer " + a);
            appends.add(() -> {
                revisions.append(revision);
                return true;
            });
        }

        List<Race.Outcome<Boolean>> outcomes = Race.run(appends);

        assertThat(outcomes).allMatch(Race.Outcome::won);
        assertThat(revisions.count("Event", "apec-2027")).isEqualTo(1);
    }

    @Test
    public void aHistoryHoldsOneRecordInVersionOrderAndPagesBothWays() {
        List<Revision> mine = new ArrayList<>();
        for (int version = 25; version >= 1; version--) {
            Revision revision = revision("Meeting", "m1", version, "curator");
            mine.add(revision);
            revisions.append(revision);
            revisions.append(revision("Meeting", "m10", version, "curator"));
            revisions.append(revision("Instrument", "m1", version, "curator"));
        }

        assertThat(revisions.count("Meeting", "m1")).isEqualTo(25);
        assertThat(revisions.count("Meeting", "nobody")).isZero();
        assertThat(revisions.history("Meeting", "m1", PageRequest.first(3)).items())
                .extracting(Revision::version).containsExactly(1L, 2L, 3L);
        Pagination.assertAgrees("history of Meeting m1", mine, RevisionsContract::keyOf,
                r -> revisions.history("Meeting", "m1", r), 4);
    }

    @Test
    public void theHistoriesOfManyRecordsArePagedAndCountedTogetherEachInVersionOrder() {
        for (int version = 3; version >= 1; version--) {
            for (String id : List.of("m1", "m2", "m3")) {
                revisions.append(revision("Meeting", id, version, "curator"));
            }
            revisions.append(revision("Instrument", "m1", version, "curator"));
        }
        List<String> ids = List.of("m1", "m3", "nobody", "m1");

        Map<String, Page<Revision>> first = revisions.histories("Meeting", ids, PageRequest.first(2));
        Map<String, Page<Revision>> last = revisions.histories("Meeting", ids, PageRequest.lastBefore(1, null));

        assertThat(first).containsOnlyKeys("m1", "m3", "nobody");
        assertThat(first.get("m1").items()).extracting(Revision::version).containsExactly(1L, 2L);
        assertThat(first.get("m1").hasNext()).isTrue();
        assertThat(first.get("m3").items()).extracting(Revision::id).containsOnly("m3");
        assertThat(first.get("m1").items()).extracting(Revision::aggregate).containsOnly("Meeting");
        assertThat(first.get("nobody").items()).isEmpty();
        assertThat(last.get("m3").items()).extracting(Revision::version).containsExactly(3L);
        assertThat(last.get("m3").hasPrevious()).isTrue();
        Keyset second = keyOf(first.get("m1").items().get(1));
        assertThat(revisions.histories("Meeting", List.of("m1"), PageRequest.firstAfter(5, second)).get("m1").items())
                .extracting(Revision::version).containsExactly(3L);
        assertThat(revisions.counts("Meeting", ids)).containsOnly(Map.entry("m1", 3L), Map.entry("m3", 3L),
                Map.entry("nobody", 0L));
        assertThat(revisions.counts("Instrument", List.of("m1"))).containsEntry("m1", 3L);
        assertThat(revisions.histories("Meeting", List.of(), PageRequest.first(2))).isEmpty();
    }

    /** The order of a history: the version, zero-padded to 19 digits, then the revision's key. */
    protected static Keyset keyOf(Revision revision) {
        return Revision.keyOf(revision);
    }

    private static Revision revision(String aggregate, String id, long version, String actor) {
        return new Revision(aggregate, id, version, version - 1, actor, AT.plusSeconds(version), "update",
                List.of("title"));
    }
}

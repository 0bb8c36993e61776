package org.entente.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.entente.application.page.Keyset;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.AggregateStore;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.AggregateId;
import org.entente.domain.common.DuplicateKeyException;
import org.entente.domain.common.StaleVersionException;
import org.junit.jupiter.api.Test;

/**
 * What every storage port owes its aggregate, whatever the aggregate: every field survives a round trip, batch loads
 * take one call and leave absent ids out, versions are optimistic (one writer of a version wins, the others are
 * told their version is stale, nothing is half-written), and pages neither skip nor repeat while others insert.
 * The contract of each port extends this one with what is particular to it.
 */
public abstract class AggregateStoreContract<I extends AggregateId, A extends Aggregate<I, A>> extends StorageContract {

    /** How many records the concurrent walks of {@link AggregateStore#pageById} start from, for every aggregate. */
    protected static final int WALK_POPULATION = 500;
    /** How many records the concurrent walk of the busiest listing (all meetings) starts from. */
    protected static final int LONG_WALK_POPULATION = 2_000;
    /** How many records the other writer inserts at most while a walk goes on. */
    protected static final int WALK_INSERTS = 200;
    private static final int CONTENDERS = 6;

    /** The port under test, out of {@link #storage}. */
    protected abstract AggregateStore<I, A> store();

    /** An id of this aggregate. */
    protected abstract I id(String value);

    /** A realistic aggregate at version 0 (see {@link SampleRecords}); distinct variants claim no common natural key. */
    protected abstract A sample(I id, int variant);

    /** The aggregate, at the same version, with a visible change that names {@code revision}. */
    protected abstract A revised(A aggregate, String revision);

    /** The listing order of {@link AggregateStore#pageById}: by id, the id as sort key. */
    protected final Keyset byId(A aggregate) {
        return new Keyset(aggregate.id().value(), aggregate.id().value());
    }

    /** Saves {@code count} samples with scattered ids and returns them as stored. */
    protected final List<A> saveSamples(int count) {
        List<A> saved = new ArrayList<>();
        for (int variant = 0; variant < count; variant++) {
            saved.add(store().save(sample(scatteredId(variant), variant)));
        }
        return saved;
    }

    /** An id whose place in id order has nothing to do with {@code n}'s. */
    protected final I scatteredId(int n) {
        return id(String.format("r%03d-%d", Math.floorMod(n * 7919, 1000), n));
    }

    @Test
    public void everyFieldSurvivesARoundTrip() {
        for (int variant = 0; variant < 24; variant++) {
            A sample = sample(id("round-trip." + variant), variant);
            A saved = store().save(sample);
            assertThat(saved).as("variant %d as saved", variant).isEqualTo(sample.withVersion(1));
            assertThat(store().findById(sample.id())).as("variant %d as loaded", variant).contains(sample.withVersion(1));
        }
    }

    @Test
    public void eachSaveReturnsTheAggregateAtTheNextVersion() {
        A first = store().save(sample(id("versioned"), 1));
        A second = store().save(revised(first, "second"));
        A third = store().save(revised(second, "third"));
        assertThat(List.of(first.version(), second.version(), third.version())).containsExactly(1L, 2L, 3L);
        assertThat(store().findById(first.id())).contains(third);
        assertThat(store().count()).isEqualTo(1);
    }

    @Test
    public void anIdNeverStoredIsAbsent() {
        store().save(sample(id("present"), 0));
        assertThat(store().findById(id("absent"))).isEmpty();
        assertThat(store().findById(id("present"))).isPresent();
    }

    @Test
    public void anIdShapedLikeAnObjectIdStaysAStringInStringOrder() {
        I hex = id("65f1d7c2e9b1e8a3f4c6d2b1");
        A before = store().save(sample(id("5-before"), 4));
        A saved = store().save(sample(hex, 5));
        A after = store().save(sample(id("7-after"), 6));

        assertThat(store().findById(hex)).contains(saved);
        assertThat(store().findAllById(List.of(hex))).containsEntry(hex, saved);
        assertThat(store().pageById(PageRequest.first(5)).items()).containsExactly(before, saved, after);
        assertThat(store().pageById(PageRequest.firstAfter(5, byId(saved))).items()).containsExactly(after);
        assertThat(store().save(revised(saved, "again")).version()).isEqualTo(2);
    }

    @Test
    public void aBatchLoadFindsManyAndLeavesAbsentIdsOut() {
        List<A> saved = saveSamples(150);
        List<A> wanted = new ArrayList<>(saved.subList(20, 130));
        Collections.shuffle(wanted, new Random(7));
        List<I> ids = new ArrayList<>(wanted.stream().map(Aggregate::id).toList());
        IntStream.range(0, 25).forEach(n -> ids.add(id("absent-" + n)));
        ids.add(wanted.get(0).id());
        Collections.shuffle(ids, new Random(11));

        Map<I, A> found = store().findAllById(ids);

        assertThat(found).hasSize(wanted.size());
        assertThat(found.keySet()).containsExactlyInAnyOrderElementsOf(wanted.stream().map(Aggregate::id).toList());
        wanted.forEach(a -> assertThat(found.get(a.id())).isEqualTo(a));
        assertThat(store().findAllById(List.of())).isEmpty();
        assertThat(store().findAllById(List.of(id("absent-0")))).isEmpty();
    }

    @Test
    public void countCountsWhatIsStored() {
        assertThat(store().count()).isZero();
        List<A> saved = saveSamples(17);
        store().save(revised(saved.get(3), "again"));
        assertThat(store().count()).isEqualTo(17);
    }

    @Test
    public void pagesByIdFollowTheIdOrderBothWays() {
        List<A> saved = saveSamples(37);
        Pagination.assertAgrees("pageById", saved, this::byId, store()::pageById, 5);
        Pagination.assertAgrees("pageById", saved, this::byId, store()::pageById, 37);
    }

    @Test
    public void anEmptyStoreHasOneEmptyPage() {
        assertThat(store().pageById(PageRequest.first(10))).isEqualTo(Page.empty());
        assertThat(store().pageById(PageRequest.lastBefore(10, null))).isEqualTo(Page.empty());
    }

    @Test
    public void aTakenIdIsRefusedAndTheStoredRecordKept() {
        A stored = store().save(sample(id("taken"), 1));
        assertThatThrownBy(() -> store().save(sample(id("taken"), 2)))
                .isInstanceOf(DuplicateKeyException.class)
                .extracting(e -> ((DuplicateKeyException) e).rule()).isEqualTo("ID_TAKEN");
        assertThat(store().findById(stored.id())).contains(stored);
        assertThat(store().count()).isEqualTo(1);
    }

    @Test
    public void aVersionThatIsNotTheStoredOneIsStale() {
        A neverStored = sample(id("never-stored"), 1).withVersion(3);
        assertThatThrownBy(() -> store().save(neverStored)).isInstanceOf(StaleVersionException.class);
        assertThat(store().findById(neverStored.id())).isEmpty();

        A stored = store().save(sample(id("stored"), 2));
        assertThatThrownBy(() -> store().save(revised(stored, "ahead").withVersion(2)))
                .isInstanceOf(StaleVersionException.class)
                .extracting(e -> ((StaleVersionException) e).rule()).isEqualTo("STALE_VERSION");
        assertThat(store().findById(stored.id())).contains(stored);
    }

    @Test
    public void ofTwoWritersOfOneVersionTheSecondIsStaleAndTheFirstStoredWhole() {
        I id = id("contested");
        store().save(sample(id, 3));
        A first = store().findById(id).orElseThrow();
        A second = store().findById(id).orElseThrow();

        A won = store().save(revised(first, "first writer"));
        assertThatThrownBy(() -> store().save(revised(second, "second writer")))
                .isInstanceOf(StaleVersionException.class);

        assertThat(won.version()).isEqualTo(2);
        assertThat(store().findById(id)).contains(revised(first, "first writer").withVersion(2));
    }

    @Test
    public void ofConcurrentWritersOfOneVersionExactlyOneWins() throws InterruptedException {
        I id = id("raced");
        A loaded = store().save(sample(id, 4));
        List<Callable<A>> writers = new ArrayList<>();
        for (int w = 0; w < CONTENDERS; w++) {
            A change = revised(loaded, "writer " + w);
            writers.add(() -> store().save(change));
        }

        List<Race.Outcome<A>> outcomes = Race.run(writers);

        List<A> winners = outcomes.stream().filter(Race.Outcome::won).map(Race.Outcome::value).toList();
        assertThat(winners).hasSize(1);
        assertThat(outcomes.stream().filter(o -> !o.won()).map(Race.Outcome::failure))
                .hasSize(CONTENDERS - 1)
                .allSatisfy(f -> assertThat(f).isInstanceOf(StaleVersionException.class));
        assertThat(winners.get(0).version()).isEqualTo(2);
        assertThat(store().findById(id)).contains(winners.get(0));
    }

    @Test
    public void ofConcurrentInsertsOfOneIdExactlyOneWins() throws InterruptedException {
        I id = id("claimed");
        List<Callable<A>> writers = new ArrayList<>();
        for (int w = 0; w < CONTENDERS; w++) {
            A candidate = sample(id, 10 + w);
            writers.add(() -> store().save(candidate));
        }

        List<Race.Outcome<A>> outcomes = Race.run(writers);

        A winner = Race.onlyWinner(outcomes, DuplicateKeyException.class);
        assertThat(store().findById(id)).contains(winner);
        assertThat(store().count()).isEqualTo(1);
    }

    @Test
    public void pagesByIdNeitherSkipNorRepeatWhileOthersInsert() throws InterruptedException {
        assertWalksSurviveInserts(store()::pageById, this::byId, a -> true, WALK_POPULATION);
    }

    /**
     * Saves {@code population} samples, then walks {@code listing} forward and then backward while another
     * thread inserts more, and checks that each walk is in strict order, holds every record that was there before
     * it began, and nothing that was never saved.
     */
    protected final void assertWalksSurviveInserts(Function<PageRequest, Page<A>> listing, Function<A, Keyset> keyOf,
                                                   Predicate<A> selected, int population)
            throws InterruptedException {
        Random random = new Random(2024);
        List<A> before = new ArrayList<>();
        for (int variant = 0; variant < population; variant++) {
            before.add(store().save(sample(randomId(random, "seed", variant), variant)));
        }
        Set<String> initially = ids(before.stream().filter(selected).toList());
        Set<String> everSaved = new HashSet<>(ids(before));
        int[] nextVariant = {population};
        int pageSize = Math.max(10, Math.min(40, population / 20));
        for (boolean forward : new boolean[] {true, false}) {
            Random insertRandom = new Random(forward ? 1 : 2);
            int firstVariant = nextVariant[0];
            BackgroundInserts<A> other = new BackgroundInserts<>(
                    n -> sample(randomId(insertRandom, "new", firstVariant + n), firstVariant + n),
                    a -> store().save(a), WALK_INSERTS);
            List<A> walked;
            try {
                walked = forward
                        ? Pagination.forward(listing, keyOf, pageSize, other::awaitOneMore)
                        : Pagination.backward(listing, keyOf, pageSize, other::awaitOneMore);
            } finally {
                other.close();
            }
            List<A> inserted = other.inserted();
            nextVariant[0] += WALK_INSERTS;
            everSaved.addAll(ids(inserted));
            String walk = forward ? "forward walk" : "backward walk";
            List<Keyset> keys = walked.stream().map(keyOf).toList();
            for (int i = 1; i < keys.size(); i++) {
                if (keys.get(i - 1).compareTo(keys.get(i)) >= 0) {
                    throw new AssertionError(walk + ": " + keys.get(i) + " follows " + keys.get(i - 1));
                }
            }
            assertThat(inserted).as(walk + ": records inserted meanwhile").isNotEmpty();
            assertThat(ids(walked)).as(walk + ": every record there before the walk").containsAll(initially);
            assertThat(everSaved).as(walk + ": every record walked was saved").containsAll(ids(walked));
            assertThat(walked).as(walk + ": only selected records").allMatch(selected);
            initially.addAll(ids(inserted.stream().filter(selected).toList()));
        }
    }

    private I randomId(Random random, String prefix, int n) {
        return id("k" + Integer.toString(random.nextInt(36 * 36 * 36), 36) + "-" + prefix + n);
    }

    private Set<String> ids(List<A> aggregates) {
        return aggregates.stream().map(a -> a.id().value()).collect(Collectors.toCollection(HashSet::new));
    }
}

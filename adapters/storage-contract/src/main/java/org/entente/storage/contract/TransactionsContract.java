package org.entente.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.application.history.Revision;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.Transactions;
import org.entente.application.receipt.Receipt;
import org.entente.domain.common.DuplicateKeyException;
import org.entente.domain.common.PartialDate;
import org.entente.domain.common.StaleVersionException;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.relation.RelationId;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Transactions}: a unit keeps a record, its revision and its receipt together, or none of
 * them. A unit that throws (a history append that fails, a write the store refuses, a stale version) leaves no
 * trace of what it wrote before: the record at its old version with one revision per version, the natural key and
 * the receipt free again. Of units racing on one idempotency key exactly one does its work. That a unit is also
 * durable when it returns is the adapter's own test (kill the process, then count).
 */
public abstract class TransactionsContract extends StorageContract {
    private static final String KIND = "BilateralRelation";
    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    public void aUnitKeepsEveryWriteItMadeAndReturnsWhatItsWorkReturned() {
        BilateralRelation stored = storage.transactions().inOne(() -> {
            assertThat(storage.receipts().claim(Receipt.claim("key-1", "establishRelation", "f1"))).isEmpty();
            BilateralRelation saved = saveWithRevision(relation(1), "establishRelation");
            storage.receipts().settle("key-1", saved.id().value());
            return saved;
        });

        assertThat(stored.version()).isEqualTo(1);
        assertThat(storage.relations().findById(stored.id())).contains(stored);
        assertThat(storage.revisions().count(KIND, stored.id().value())).isEqualTo(1);
        assertThat(storage.receipts().find("key-1")).contains(new Receipt("key-1", "establishRelation", "f1",
                stored.id().value()));
    }

    @Test
    public void aUnitSeesItsOwnWritesBeforeItEnds() {
        storage.transactions().inOne(() -> {
            BilateralRelation saved = saveWithRevision(relation(1), "establishRelation");
            assertThat(storage.relations().findById(saved.id())).contains(saved);
            assertThat(storage.relations().findByCountries(saved.countries())).contains(saved);
            assertThat(storage.relations().count()).isEqualTo(1);
            assertThat(storage.revisions().count(KIND, saved.id().value())).isEqualTo(1);
            return saved;
        });
    }

    @Test
    public void aRecordAndItsHistoryStayConsistentWhenTheHistoryAppendFails() {
        BilateralRelation first = storage.transactions().inOne(() -> saveWithRevision(relation(1), "establishRelation"));

        assertThatThrownBy(() -> storage.transactions().inOne(() -> {
            storage.relations().save(elevated(first));
            throw new IllegalStateException("the history append failed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("the history append failed");
        assertThatThrownBy(() -> storage.transactions().inOne(() -> {
            storage.relations().save(relation(2));
            throw new IllegalStateException("the history append failed");
        })).isInstanceOf(IllegalStateException.class);

        BilateralRelation stored = storage.relations().findById(first.id()).orElseThrow();
        assertThat(stored).isEqualTo(first);
        assertThat(storage.revisions().count(KIND, first.id().value())).isEqualTo(stored.version());
        assertThat(storage.relations().findById(relation(2).id())).isEmpty();
        assertThat(storage.revisions().count(KIND, relation(2).id().value())).isZero();
        assertThat(storage.relations().count()).isEqualTo(1);
    }

    @Test
    public void aWriteTheStoreRefusesUndoesTheWholeUnitAndFreesWhatItHeld() {
        BilateralRelation taken = storage.relations().save(relation(1));
        BilateralRelation newcomer = relation(2);

        assertThatThrownBy(() -> storage.transactions().inOne(() -> {
            storage.receipts().claim(Receipt.claim("key-1", "establishRelation", "f1"));
            saveWithRevision(newcomer, "establishRelation");
            // another relation of the pair already taken: refused after the newcomer was written
            return storage.relations().save(new BilateralRelation(new RelationId("same-pair"), taken.countries(),
                    List.of(), 0));
        })).isInstanceOf(DuplicateKeyException.class);

        assertThat(storage.relations().findById(newcomer.id())).isEmpty();
        assertThat(storage.relations().findByCountries(newcomer.countries())).isEmpty();
        assertThat(storage.revisions().count(KIND, newcomer.id().value())).isZero();
        assertThat(storage.receipts().find("key-1")).isEmpty();
        assertThat(storage.relations().count()).isEqualTo(1);

        // the country pair, the id and the key it had taken are free again
        BilateralRelation again = storage.transactions().inOne(() -> {
            assertThat(storage.receipts().claim(Receipt.claim("key-1", "establishRelation", "f2"))).isEmpty();
            return saveWithRevision(new BilateralRelation(new RelationId("other-id"), newcomer.countries(),
                    List.of(), 0), "establishRelation");
        });
        assertThat(storage.relations().findByCountries(newcomer.countries())).contains(again);
        assertThat(storage.relations().save(new BilateralRelation(newcomer.id(), relation(3).countries(), List.of(),
                0)).version()).isEqualTo(1);
    }

    @Test
    public void aStaleVersionInsideAUnitUndoesItsEarlierWrites() {
        BilateralRelation one = storage.relations().save(relation(1));
        BilateralRelation two = storage.relations().save(relation(2));
        storage.relations().save(elevated(two));

        assertThatThrownBy(() -> storage.transactions().inOne(() -> {
            saveWithRevision(elevated(one), "elevatePartnership");
            return storage.relations().save(elevated(two));
        })).isInstanceOf(StaleVersionException.class);

        assertThat(storage.relations().findById(one.id())).contains(one);
        assertThat(storage.revisions().count(KIND, one.id().value())).isZero();
    }

    @Test
    public void ofUnitsRacingOnOneKeyExactlyOneDoesItsWork() throws InterruptedException {
        List<Callable<String>> requests = new ArrayList<>();
        for (int r = 0; r < 6; r++) {
            BilateralRelation mine = relation(10 + r);
            requests.add(() -> storage.transactions().inOne(() -> {
                var held = storage.receipts().claim(Receipt.claim("contended", "establishRelation", "same request"));
                if (held.isPresent()) {
                    return "answered from the receipt";
                }
                BilateralRelation saved = saveWithRevision(mine, "establishRelation");
                storage.receipts().settle("contended", saved.id().value());
                return "did the work";
            }));
        }

        List<Race.Outcome<String>> outcomes = Race.run(requests);

        assertThat(outcomes).filteredOn(o -> "did the work".equals(o.value())).hasSize(1);
        assertThat(storage.relations().count()).isEqualTo(1);
        BilateralRelation created = storage.relations().pageById(PageRequest.first(10)).items().get(0);
        assertThat(storage.receipts().find("contended").orElseThrow().resultId()).isEqualTo(created.id().value());
        assertThat(storage.revisions().count(KIND, created.id().value())).isEqualTo(1);
        // the others either read the settled receipt or were refused as a conflict, and wrote nothing
        assertThat(outcomes).filteredOn(o -> !"did the work".equals(o.value()))
                .allMatch(o -> "answered from the receipt".equals(o.value()) || o.failure() != null);
    }

    @Test
    public void manyUnitsOneAfterAnotherEachKeepTheirRevisions() {
        BilateralRelation current = storage.transactions().inOne(() -> saveWithRevision(relation(1), "establishRelation"));
        for (int change = 0; change < 20; change++) {
            BilateralRelation from = current;
            current = storage.transactions().inOne(() -> saveWithRevision(elevated(from), "elevatePartnership"));
        }
        assertThat(current.version()).isEqualTo(21);
        assertThat(storage.revisions().count(KIND, current.id().value())).isEqualTo(21);
        assertThat(storage.revisions().history(KIND, current.id().value(), PageRequest.first(50)).items())
                .extracting(Revision::version).containsExactlyElementsOf(
                        java.util.stream.LongStream.rangeClosed(1, 21).boxed().toList());
    }

    private BilateralRelation saveWithRevision(BilateralRelation relation, String operation) {
        BilateralRelation saved = storage.relations().save(relation);
        storage.revisions().append(new Revision(KIND, saved.id().value(), saved.version(), saved.version() - 1,
                "curator", AT, operation, List.of()));
        return saved;
    }

    private static BilateralRelation relation(int n) {
        return new BilateralRelation(new RelationId("relation-" + n), SampleRecords.countryPair(n), List.of(), 0);
    }

    /** The relation, at the same version, raised to a new level each time. */
    private static BilateralRelation elevated(BilateralRelation relation) {
        int levels = relation.levels().size();
        return relation.elevate("Level " + (levels + 1), PartialDate.ofYear(2000 + levels), null, List.of());
    }
}

package org.entente.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.application.port.out.Relations;
import org.entente.domain.common.DuplicateKeyException;
import org.entente.domain.common.PartialDate;
import org.entente.domain.geo.CountryPair;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.relation.PartnershipLevel;
import org.entente.domain.relation.RelationId;
import org.junit.jupiter.api.Test;

/** The contract of {@link Relations}: one relation per country pair, found by its pair in either order. */
public abstract class RelationsContract extends AggregateStoreContract<RelationId, BilateralRelation> {

    @Override
    protected final Relations store() {
        return storage.relations();
    }

    @Override
    protected final RelationId id(String value) {
        return new RelationId(value);
    }

    @Override
    protected final BilateralRelation sample(RelationId id, int variant) {
        return SampleRecords.relation(id, variant);
    }

    @Override
    protected final BilateralRelation revised(BilateralRelation r, String revision) {
        PartnershipLevel level = new PartnershipLevel("Đối tác chiến lược toàn diện — " + revision,
                PartialDate.parse("2030-01"), null, null, List.of());
        return new BilateralRelation(r.id(), r.countries(), List.of(level), r.version());
    }

    @Test
    public void aRelationIsFoundByItsCountriesInEitherOrder() {
        BilateralRelation jpVn = store().save(new BilateralRelation(id("jp-vn"), CountryPair.of("VN", "JP"), List.of(), 0));
        saveSamples(20);

        assertThat(store().findByCountries(CountryPair.of("JP", "VN"))).contains(jpVn);
        assertThat(store().findByCountries(new CountryPair(SampleRecords.VN, SampleRecords.JP))).contains(jpVn);
        assertThat(store().findByCountries(CountryPair.of("KR", "VN"))).isEmpty();
    }

    @Test
    public void aSecondRelationOfOnePairIsRefused() {
        BilateralRelation first = store().save(sample(id("first"), 7));

        assertThatThrownBy(() -> store().save(new BilateralRelation(id("second"),
                new CountryPair(first.countries().second(), first.countries().first()), List.of(), 0)))
                .isInstanceOf(DuplicateKeyException.class)
                .extracting(e -> ((DuplicateKeyException) e).rule()).isEqualTo("COUNTRY_PAIR_TAKEN");
        assertThat(store().count()).isEqualTo(1);
        assertThat(store().findById(id("second"))).isEmpty();
        assertThat(store().findByCountries(first.countries())).contains(first);
    }

    @Test
    public void aRelationMovedOntoATakenPairIsRefusedAndKeptAsItWas() {
        BilateralRelation first = store().save(sample(id("first"), 1));
        BilateralRelation second = store().save(sample(id("second"), 2));

        assertThatThrownBy(() -> store().save(new BilateralRelation(second.id(), first.countries(), second.levels(),
                second.version()))).isInstanceOf(DuplicateKeyException.class);
        assertThat(store().findById(second.id())).contains(second);
        assertThat(store().findByCountries(first.countries())).contains(first);
    }

    @Test
    public void aRelationKeepsItsPairAcrossSavesAndFreesItWhenMoved() {
        BilateralRelation relation = store().save(sample(id("jp-vn"), 0));
        BilateralRelation elevated = store().save(relation.elevate("Comprehensive Strategic Partnership",
                PartialDate.parse("2023-11-27"), null, List.of()));
        assertThat(elevated.version()).isEqualTo(2);

        CountryPair old = relation.countries();
        CountryPair moved = SampleRecords.countryPair(500);
        store().save(new BilateralRelation(elevated.id(), moved, elevated.levels(), elevated.version()));
        BilateralRelation newcomer = store().save(new BilateralRelation(id("newcomer"), old, List.of(), 0));

        assertThat(store().findByCountries(old)).contains(newcomer);
        assertThat(store().findByCountries(moved).map(BilateralRelation::id)).contains(relation.id());
    }

    @Test
    public void ofConcurrentClaimsOnOnePairExactlyOneWins() throws InterruptedException {
        CountryPair pair = CountryPair.of("VN", "JP");
        List<Callable<BilateralRelation>> claims = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            BilateralRelation claim = new BilateralRelation(id("claim-" + c), pair, List.of(), 0);
            claims.add(() -> store().save(claim));
        }

        List<Race.Outcome<BilateralRelation>> outcomes = Race.run(claims);

        Race.onlyWinner(outcomes, DuplicateKeyException.class);
        assertThat(store().count()).isEqualTo(1);
        assertThat(store().findByCountries(pair)).isPresent();
    }
}

package org.entente.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.entente.application.fake.AnsweredPort;
import org.entente.application.fake.FakeStorage;
import org.entente.application.fake.FakeTransactions;
import org.entente.application.history.Change;
import org.entente.application.port.out.Revisions;
import org.entente.application.port.out.Storage;
import org.entente.domain.geo.CountryPair;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.relation.RelationId;
import org.junit.jupiter.api.Test;

/** A record, its revision and the notice of its change go together: all of them, or none when a write fails. */
class ChronicleTest {
    private static final RelationId JP_VN = new RelationId("jp-vn");
    private static final RelationId KR_VN = new RelationId("kr-vn");

    private final Storage plain = FakeStorage.create();
    private final List<Change> announced = new ArrayList<>();

    private Chronicle chronicleOver(Storage storage) {
        return new Chronicle(storage, announced::add, () -> "curator",
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void a_change_whose_revision_cannot_be_appended_leaves_the_record_as_it_was_and_announces_nothing() {
        Storage failing = plain.with(unwritable(plain.revisions()));

        assertThatThrownBy(() -> chronicleOver(failing).save(plain.relations(), null,
                BilateralRelation.between(JP_VN, CountryPair.of("VN", "JP")), "establishRelation"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("the log cannot be written");

        assertThat(plain.relations().findById(JP_VN)).isEmpty();
        assertThat(plain.revisions().count("BilateralRelation", JP_VN.value())).isZero();
        assertThat(announced).isEmpty();
    }

    @Test
    void a_unit_of_several_changes_keeps_none_of_them_when_one_fails_and_all_of_them_when_none_does() {
        Chronicle chronicle = chronicleOver(plain);
        assertThatThrownBy(() -> chronicle.atomically(() -> {
            chronicle.save(plain.relations(), null, BilateralRelation.between(JP_VN, CountryPair.of("VN", "JP")),
                    "establishRelation");
            // the same pair again: the store refuses it, after the first relation was written
            return chronicle.save(plain.relations(), null, BilateralRelation.between(KR_VN, CountryPair.of("JP", "VN")),
                    "establishRelation");
        })).hasMessageContaining("is taken");
        assertThat(plain.relations().count()).isZero();
        assertThat(plain.revisions().count("BilateralRelation", JP_VN.value())).isZero();
        assertThat(announced).isEmpty();

        chronicle.atomically(() -> {
            chronicle.save(plain.relations(), null, BilateralRelation.between(JP_VN, CountryPair.of("VN", "JP")),
                    "establishRelation");
            assertThat(announced).as("nothing is announced before the unit ends").isEmpty();
            return chronicle.save(plain.relations(), null, BilateralRelation.between(KR_VN, CountryPair.of("KR", "VN")),
                    "establishRelation");
        });
        assertThat(plain.relations().count()).isEqualTo(2);
        assertThat(plain.revisions().count("BilateralRelation", KR_VN.value())).isEqualTo(1);
        assertThat(announced).extracting(Change::id).containsExactly("jp-vn", "kr-vn");
        assertThat(((FakeTransactions) plain.transactions()).units()).as("a unit inside a unit joins it").isEqualTo(2);
    }

    /** A revision log whose appends fail, as a full disk or a lost connection would make them. */
    private static Revisions unwritable(Revisions readable) {
        return AnsweredPort.of(Revisions.class, readable, "append", args -> {
            throw new IllegalStateException("the log cannot be written");
        });
    }
}

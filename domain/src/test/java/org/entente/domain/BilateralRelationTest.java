package org.entente.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.entente.domain.common.DomainException;
import org.entente.domain.common.PartialDate;
import org.entente.domain.geo.CountryPair;
import org.entente.domain.meeting.MeetingId;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.relation.PartnershipLevel;
import org.junit.jupiter.api.Test;

class BilateralRelationTest {
    private final BilateralRelation relation = BilateralRelation.between(Samples.RELATION, CountryPair.of("VN", "JP"));

    @Test
    void an_elevation_ends_the_level_in_force_and_opens_the_next() {
        BilateralRelation elevated = relation
                .elevate("Strategic Partnership", PartialDate.parse("2009"), null, List.of())
                .elevate("Comprehensive Strategic Partnership", PartialDate.parse("2023-11-27"),
                        new MeetingId("talks-2023-11-27"), List.of(Samples.SOURCE.quote("comprehensive strategic partnership")));

        assertThat(elevated.levels()).extracting(PartnershipLevel::name)
                .containsExactly("Strategic Partnership", "Comprehensive Strategic Partnership");
        assertThat(elevated.levels().get(0).until()).isEqualTo(PartialDate.parse("2023-11-27"));
        assertThat(elevated.levelAt(PartialDate.parse("2023-11-26")).map(PartnershipLevel::name))
                .contains("Strategic Partnership");
        assertThat(elevated.levelAt(PartialDate.parse("2023-11-27")).map(PartnershipLevel::name))
                .contains("Comprehensive Strategic Partnership");
        assertThat(elevated.levelAt(PartialDate.parse("2008"))).isEmpty();
        assertThat(elevated.currentLevel().map(PartnershipLevel::announcedAt)).contains(new MeetingId("talks-2023-11-27"));
    }

    @Test
    void refuses_an_elevation_that_does_not_come_after_the_current_level() {
        BilateralRelation elevated = relation.elevate("Comprehensive Strategic Partnership",
                PartialDate.parse("2023-11-27"), null, List.of());
        assertThatThrownBy(() -> elevated.elevate("Strategic Partnership", PartialDate.parse("2009"), null, List.of()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).rule()).isEqualTo("LEVEL_PERIODS_OVERLAP"));
    }

    @Test
    void refuses_overlapping_or_unordered_periods_rebuilt_from_storage() {
        PartnershipLevel first = new PartnershipLevel("A", PartialDate.parse("2009"), PartialDate.parse("2014"), null, List.of());
        PartnershipLevel overlapping = new PartnershipLevel("B", PartialDate.parse("2013"), null, null, List.of());
        assertThatThrownBy(() -> new BilateralRelation(Samples.RELATION, CountryPair.of("VN", "JP"),
                List.of(first, overlapping), 1))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).rule()).isEqualTo("LEVEL_PERIODS_OVERLAP"));
        PartnershipLevel open = new PartnershipLevel("A", PartialDate.parse("2009"), null, null, List.of());
        PartnershipLevel later = new PartnershipLevel("B", PartialDate.parse("2014"), null, null, List.of());
        assertThatThrownBy(() -> new BilateralRelation(Samples.RELATION, CountryPair.of("VN", "JP"),
                List.of(open, later), 1)).isInstanceOf(DomainException.class);
    }

    @Test
    void refuses_an_empty_period() {
        assertThatThrownBy(() -> new PartnershipLevel("A", PartialDate.parse("2014"), PartialDate.parse("2014"), null, List.of()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).rule()).isEqualTo("LEVEL_PERIOD_EMPTY"));
    }
}

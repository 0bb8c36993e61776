package org.entente.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.entente.domain.common.DomainException;
import org.entente.domain.geo.Country;
import org.entente.domain.geo.CountryPair;
import org.junit.jupiter.api.Test;

class CountryTest {

    @Test
    void knows_iso_codes_and_their_english_names() {
        assertThat(Country.of("vn").code()).isEqualTo("VN");
        assertThat(Country.of("JP").name()).isEqualTo("Japan");
    }

    @Test
    void refuses_codes_that_are_not_iso_3166_alpha_2() {
        assertThatThrownBy(() -> Country.of("XX")).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).rule()).isEqualTo("COUNTRY_UNKNOWN"));
        assertThatThrownBy(() -> Country.of("VNM")).isInstanceOf(DomainException.class);
    }

    @Test
    void a_pair_is_unordered() {
        assertThat(CountryPair.of("VN", "JP")).isEqualTo(CountryPair.of("JP", "VN"));
        assertThat(CountryPair.of(List.of("VN", "JP")).key()).isEqualTo("JP-VN");
    }

    @Test
    void a_relation_needs_two_distinct_countries() {
        assertThatThrownBy(() -> CountryPair.of("VN", "VN")).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).rule()).isEqualTo("RELATION_COUNTRIES_SAME"));
        assertThatThrownBy(() -> CountryPair.of(List.of("VN"))).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).rule()).isEqualTo("RELATION_NEEDS_TWO_COUNTRIES"));
    }
}

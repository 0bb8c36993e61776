package org.entente.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.entente.domain.common.DomainException;
import org.entente.domain.common.PartialDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void reads_and_writes_the_three_precisions() {
        assertThat(PartialDate.parse("2027").toString()).isEqualTo("2027");
        assertThat(PartialDate.parse("2024-12").toString()).isEqualTo("2024-12");
        assertThat(PartialDate.parse("2025-12-04").toString()).isEqualTo("2025-12-04");
        assertThat(PartialDate.of(java.time.LocalDate.of(7, 3, 9)).toString()).isEqualTo("0007-03-09");
        assertThat(PartialDate.ofYear(42).toString()).isEqualTo("0042");
        assertThat(PartialDate.parse("2024-12").precision()).isEqualTo(PartialDate.Precision.MONTH);
    }

    @Test
    void spans_the_days_it_may_mean() {
        PartialDate december = PartialDate.parse("2024-12");
        assertThat(december.first()).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(december.last()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(PartialDate.parse("2024-02").last()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(december.overlaps(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 5))).isTrue();
        assertThat(december.overlaps(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 5))).isFalse();
    }

    @Test
    void a_coarser_date_sorts_before_the_finer_dates_it_contains() {
        List<PartialDate> dates = new ArrayList<>(List.of(PartialDate.parse("2025-02"), PartialDate.parse("2025-01-01"),
                PartialDate.parse("2024-12-31"), PartialDate.parse("2025")));
        Collections.sort(dates);
        assertThat(dates).extracting(PartialDate::toString).containsExactly("2024-12-31", "2025", "2025-01-01", "2025-02");
    }

    @Test
    void dates_order_as_their_sort_keys_do() {
        List<PartialDate> dates = List.of(PartialDate.parse("0987"), PartialDate.parse("2024"),
                PartialDate.parse("2024-01"), PartialDate.parse("2024-01-01"), PartialDate.parse("2024-01-31"),
                PartialDate.parse("2024-02"), PartialDate.parse("2024-12-09"), PartialDate.parse("2025"),
                PartialDate.parse("9999-12-31"));
        assertThat(PartialDate.parse("2024-12").sortKey()).isEqualTo("2024-12-00");
        assertThat(PartialDate.parse("0987").sortKey()).isEqualTo("0987-00-00");
        for (PartialDate a : dates) {
            for (PartialDate b : dates) {
                assertThat(Integer.signum(a.compareTo(b))).as("%s against %s", a, b)
                        .isEqualTo(Integer.signum(a.sortKey().compareTo(b.sortKey())));
            }
        }
    }

    @Test
    void refuses_what_is_not_a_date() {
        assertThatThrownBy(() -> PartialDate.parse("2025-02-30")).isInstanceOf(DomainException.class)
                .hasMessageContaining("2025-02-30 is not a date");
        assertThatThrownBy(() -> PartialDate.parse("04/12/2025")).isInstanceOf(DomainException.class)
                .hasMessageContaining("not an ISO 8601 date");
        assertThatThrownBy(() -> PartialDate.parse("2025-13")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> PartialDate.parse("2025-00")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new PartialDate(2025, 0, 4)).isInstanceOf(DomainException.class)
                .hasMessageContaining("a day needs a month");
    }

    @Test
    void a_window_bound_that_is_no_date_has_a_sort_key_before_every_date() {
        // a date window's bound minus the longest span stored may reach year 0 or before: the key is still written,
        // as String.format writes it, and sorts before the first date
        for (int year : new int[] {-1, 0, 1, 987, 2024, 9999, 10000}) {
            assertThat(PartialDate.sortKey(year, 3, 0)).isEqualTo(String.format("%04d-%02d-%02d", year, 3, 0));
        }
        assertThat(PartialDate.sortKey(0, 12, 0)).isLessThan(PartialDate.parse("0001").sortKey());
        assertThat(PartialDate.sortKey(-1, 0, 0)).isLessThan(PartialDate.sortKey(0, 0, 0));
    }
}

package org.entente.graphql.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;

/** The leaky bucket of one caller, on a clock the test moves. */
class BudgetTest {
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** A clock that stands still until moved. */
    static final class Clock implements InstantSource {
        private Instant now = T0;

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }
    }

    final Clock clock = new Clock();
    final Budget budget = new Budget(100, 10, clock);

    @Test
    void a_reservation_takes_points_and_what_was_not_used_comes_back() {
        assertThat(budget.reserve(80)).isTrue();
        assertThat(budget.status().currentlyAvailable()).isEqualTo(20);
        budget.settle(80, 30);
        assertThat(budget.status().currentlyAvailable()).isEqualTo(70);
    }

    @Test
    void a_request_dearer_than_what_is_left_is_refused_and_takes_nothing() {
        assertThat(budget.reserve(90)).isTrue();
        budget.settle(90, 90);
        assertThat(budget.reserve(20)).isFalse();
        assertThat(budget.status().currentlyAvailable()).isEqualTo(10);
        // 10 points missing at 10 a second
        assertThat(budget.until(20)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void the_bucket_refills_at_its_rate_up_to_its_capacity_and_says_when_it_is_full() {
        budget.reserve(100);
        budget.settle(100, 100);
        assertThat(budget.status().fullAt()).isEqualTo(T0.plusSeconds(10));
        clock.advance(Duration.ofSeconds(4));
        assertThat(budget.status().currentlyAvailable()).isEqualTo(40);
        clock.advance(Duration.ofSeconds(60));
        assertThat(budget.status().currentlyAvailable()).isEqualTo(100);
        assertThat(budget.isFull()).isTrue();
    }

    @Test
    void a_request_that_cost_more_than_it_reserved_takes_the_rest_but_never_below_nothing() {
        budget.reserve(10);
        budget.settle(10, 150);
        assertThat(budget.status().currentlyAvailable()).isZero();
    }

    @Test
    void callers_beyond_the_limit_share_one_bucket_until_others_fill_up() {
        Budgets budgets = new Budgets(100, 10, 2, clock);
        budgets.of(Caller.ofKey("a")).reserve(50);
        budgets.of(Caller.ofKey("b")).reserve(50);
        Budget third = budgets.of(Caller.atAddress("203.0.113.7"));
        assertThat(budgets.held(Caller.atAddress("203.0.113.7"))).isEmpty();
        assertThat(third).isSameAs(budgets.of(Caller.atAddress("198.51.100.1")));
        clock.advance(Duration.ofSeconds(10));
        // a and b are full again, so forgetting them changes nothing, and a new caller gets a bucket of its own
        budgets.of(Caller.atAddress("192.0.2.1"));
        assertThat(budgets.held(Caller.atAddress("192.0.2.1"))).isPresent();
        assertThat(budgets.held(Caller.ofKey("a"))).isEmpty();
    }
}

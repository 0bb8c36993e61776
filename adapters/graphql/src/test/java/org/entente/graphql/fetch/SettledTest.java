package org.entente.graphql.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class SettledTest {
    @Test
    void a_future_completed_normally_is_answered_as_its_value() {
        assertThat(Settled.now(CompletableFuture.completedFuture("Hanoi"))).isEqualTo("Hanoi");
        assertThat(Settled.now(CompletableFuture.completedFuture(null))).isNull();
    }

    @Test
    void a_pending_or_failed_future_stays_a_future_so_its_field_meets_it_later() {
        CompletableFuture<String> pending = new CompletableFuture<>();
        CompletableFuture<String> failed = CompletableFuture.failedFuture(new IllegalStateException("store down"));
        assertThat(Settled.now(pending)).isSameAs(pending);
        assertThat(Settled.now(failed)).isSameAs(failed);
    }

    @Test
    void a_plain_value_is_answered_as_it_is() {
        Object value = new Object();
        assertThat(Settled.now(value)).isSameAs(value);
        assertThat(Settled.now(null)).isNull();
    }
}

package org.entente.graphql.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A connection counts its list once, when asked, and a stopped request's count (no answer) is no failure. */
class ConnectionTest {
    private static final PageInfo NONE = new PageInfo(false, false, null, null);

    @Test
    void counts_once_when_asked() {
        AtomicInteger counted = new AtomicInteger();
        Connection<String> connection = new Connection<>(List.of(), NONE, () -> {
            counted.incrementAndGet();
            return CompletableFuture.completedFuture(12L);
        });
        assertThat(counted).hasValue(0);
        assertThat(connection.counted().join()).isEqualTo(12);
        assertThat(connection.counted().join()).isEqualTo(12);
        assertThat(counted).hasValue(1);
    }

    @Test
    void a_count_that_answers_nothing_is_null_not_an_exception() {
        // what the loaders of a stopped request answer
        Connection<String> connection = new Connection<>(List.of(), NONE, () -> CompletableFuture.completedFuture(null));
        assertThat(connection.counted()).isCompletedWithValue(null);
    }
}

package org.entente.bootstrap.bench;

import java.time.Duration;
import java.util.Arrays;

/**
 * The latencies of one request sent again and again, sorted, and a figure the request reported each time (the
 * records the store returned), within a time budget: a slow store at a large size sends fewer requests rather than
 * running for ever, and says that the budget cut it short.
 */
record Latencies(long[] nanos, long[] figures, boolean cut) {
    /** One request; returns a figure to keep for it (0 when there is none). */
    interface Request {
        long send() throws Exception;
    }

    /**
     * Sends {@code request} up to {@code warmups} times (within a quarter of the budget), then up to {@code most}
     * times more, measured, until the budget is spent and at least {@code least} were measured.
     */
    static Latencies measure(Request request, int warmups, int most, int least, Duration budget) throws Exception {
        long warmUntil = System.nanoTime() + budget.toNanos() / 4;
        for (int i = 0; i < warmups && (i == 0 || System.nanoTime() < warmUntil); i++) {
            request.send();
        }
        long[] nanos = new long[most];
        long[] figures = new long[most];
        long until = System.nanoTime() + budget.toNanos();
        int n = 0;
        while (n < most && (n < least || System.nanoTime() < until)) {
            long start = System.nanoTime();
            figures[n] = request.send();
            nanos[n] = System.nanoTime() - start;
            n++;
        }
        long[] measured = Arrays.copyOf(nanos, n);
        Arrays.sort(measured);
        return new Latencies(measured, Arrays.copyOf(figures, n), n < most);
    }

    /** Latencies gathered elsewhere (by several clients at once). */
    static Latencies of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted, new long[sorted.length], false);
    }

    int count() {
        return nanos.length;
    }

    /** The nearest-rank percentile, in milliseconds. */
    double ms(double percentile) {
        int rank = (int) Math.ceil(percentile / 100 * nanos.length);
        return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1e6;
    }

    double p50() {
        return ms(50);
    }

    double p99() {
        return ms(99);
    }

    double max() {
        return nanos[nanos.length - 1] / 1e6;
    }

    /** The figure reported per request: the mean, and whether every request reported the same. */
    double meanFigure() {
        return Arrays.stream(figures).average().orElse(0);
    }

    boolean figureSteady() {
        return Arrays.stream(figures).distinct().count() <= 1;
    }
}

package org.entente.graphql.cost;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * One caller's points, a leaky bucket: it holds at most {@code capacity} points and refills at {@code restoreRate}
 * points a second. A request reserves its estimated cost before it runs and is refused when the bucket holds less;
 * once it has run, what it did not use goes back (or, when it cost more than estimated, the rest is taken too).
 */
public final class Budget {
    private final long capacity;
    private final double restoreRate;
    private final InstantSource clock;
    private double available;
    private Instant at;

    Budget(long capacity, double restoreRate, InstantSource clock) {
        this.capacity = capacity;
        this.restoreRate = restoreRate;
        this.clock = clock;
        this.available = capacity;
        this.at = clock.instant();
    }

    /** Takes {@code points} if the bucket holds them, and says so; a refusal takes nothing. */
    public synchronized boolean reserve(long points) {
        refill();
        if (available < points) {
            return false;
        }
        available -= points;
        return true;
    }

    /** Gives back what a request reserved and did not use, or takes what it used beyond its reservation. */
    public synchronized void settle(long reserved, long used) {
        refill();
        available = Math.max(0, Math.min(capacity, available + reserved - used));
    }

    /** How long until the bucket holds {@code points}; zero when it holds them now. */
    public synchronized Duration until(long points) {
        refill();
        double missing = points - available;
        return missing <= 0 ? Duration.ZERO : Duration.ofMillis((long) Math.ceil(missing * 1000 / restoreRate));
    }

    public synchronized Status status() {
        refill();
        Instant full = at.plusMillis((long) Math.ceil((capacity - available) * 1000 / restoreRate));
        return new Status(capacity, (long) Math.floor(available), restoreRate, full);
    }

    /** Whether the bucket is full, so that forgetting it changes nothing. */
    synchronized boolean isFull() {
        refill();
        return available >= capacity;
    }

    private void refill() {
        Instant now = clock.instant();
        if (now.isAfter(at)) {
            available = Math.min(capacity, available + restoreRate * Duration.between(at, now).toNanos() / 1e9);
            at = now;
        }
    }

    /**
     * What a caller holds, as Shopify's {@code throttleStatus} says it, with the instant the bucket is full again
     * (GitHub's {@code resetAt}).
     */
    public record Status(long maximumAvailable, long currentlyAvailable, double restoreRate, Instant fullAt) {
    }
}

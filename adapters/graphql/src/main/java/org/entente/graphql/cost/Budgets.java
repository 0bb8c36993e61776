package org.entente.graphql.cost;

import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Every caller's {@link Budget}, by {@link Caller#key()}. A full bucket is the same as no bucket, so full ones are
 * forgotten when more than {@code maxCallers} are held; callers beyond that share one bucket until some fill up.
 */
public final class Budgets {
    private final long capacity;
    private final double restoreRate;
    private final int maxCallers;
    private final InstantSource clock;
    private final ConcurrentMap<String, Budget> byCaller = new ConcurrentHashMap<>();
    private final Budget overflow;

    /**
     * @param capacity    the points a bucket holds ({@code entente.limits.budget.capacity})
     * @param restoreRate the points it refills a second ({@code entente.limits.budget.restore-rate})
     * @param maxCallers  how many callers' buckets are kept apart ({@code entente.limits.budget.max-callers})
     */
    public Budgets(long capacity, double restoreRate, int maxCallers, InstantSource clock) {
        if (capacity < 1 || !(restoreRate > 0) || maxCallers < 1) {
            throw new IllegalArgumentException("entente.limits.budget: capacity, restore-rate and max-callers must "
                    + "be positive, were " + capacity + ", " + restoreRate + " and " + maxCallers);
        }
        this.capacity = capacity;
        this.restoreRate = restoreRate;
        this.maxCallers = maxCallers;
        this.clock = clock;
        this.overflow = new Budget(capacity, restoreRate, clock);
    }

    public long capacity() {
        return capacity;
    }

    /** The bucket of {@code caller}. */
    public Budget of(Caller caller) {
        Budget known = byCaller.get(caller.key());
        if (known != null) {
            return known;
        }
        if (byCaller.size() >= maxCallers) {
            byCaller.values().removeIf(Budget::isFull);
            if (byCaller.size() >= maxCallers) {
                return overflow;
            }
        }
        return byCaller.computeIfAbsent(caller.key(), key -> new Budget(capacity, restoreRate, clock));
    }

    /** The bucket of {@code caller} if one is held apart; for tests. */
    Optional<Budget> held(Caller caller) {
        return Optional.ofNullable(byCaller.get(caller.key()));
    }
}

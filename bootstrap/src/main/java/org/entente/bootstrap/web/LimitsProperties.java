package org.entente.bootstrap.web;

import java.time.Duration;
import org.entente.graphql.cost.DocumentMeasure;
import org.entente.graphql.cost.RequestLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code entente.limits.*}: what one request may ask for and take, and each caller's budget. docs/security.md lists
 * every one with its default and the code of its refusal. A value out of range stops the service at start-up with
 * one line naming the setting.
 *
 * @param maxDepth         the deepest nesting of fields
 * @param maxAliases       aliased fields, each spread of a fragment counting its aliases again
 * @param maxRootFields    fields at the root of an operation
 * @param maxNodes         the objects a request may return, estimated from first/last before it runs
 * @param listSizeEstimate the items a list without pages is taken to hold in that estimate
 * @param timeLimit        how long a query or a mutation may run before it is stopped
 * @param maxResponseSize  how large an answer may grow before it is refused
 * @param maxBodySize      how large a request body may be, for every caller
 * @param bodyReadTimeout  how long a client may take to send its whole body
 * @param budget           each caller's points
 */
@ConfigurationProperties("entente.limits")
public record LimitsProperties(@DefaultValue("15") int maxDepth, @DefaultValue("50") int maxAliases,
                               @DefaultValue("20") int maxRootFields, @DefaultValue("500000") long maxNodes,
                               @DefaultValue("10") int listSizeEstimate, @DefaultValue("5s") Duration timeLimit,
                               @DefaultValue("8MB") DataSize maxResponseSize, @DefaultValue("1MB") DataSize maxBodySize,
                               @DefaultValue("10s") Duration bodyReadTimeout, @DefaultValue Budget budget) {
    public LimitsProperties {
        if (maxBodySize.toBytes() < 1 || maxBodySize.toBytes() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("entente.limits.max-body-size must be between 1 B and 2 GB, was "
                    + maxBodySize);
        }
        if (bodyReadTimeout.isNegative() || bodyReadTimeout.isZero()) {
            throw new IllegalArgumentException("entente.limits.body-read-timeout must be positive, was "
                    + bodyReadTimeout);
        }
        requestLimits(maxDepth, maxAliases, maxRootFields, maxNodes, listSizeEstimate, timeLimit, maxResponseSize);
        long dearest = 1 + maxNodes + (long) DocumentMeasure.MUTATION_POINTS * maxRootFields;
        if (budget.enabled() && budget.capacity() < dearest) {
            throw new IllegalArgumentException("entente.limits.budget.capacity (" + budget.capacity() + ") must hold "
                    + "the dearest request the limits let through, 1 + max-nodes + 10 x max-root-fields = " + dearest);
        }
    }

    public RequestLimits requestLimits() {
        return requestLimits(maxDepth, maxAliases, maxRootFields, maxNodes, listSizeEstimate, timeLimit,
                maxResponseSize);
    }

    private static RequestLimits requestLimits(int maxDepth, int maxAliases, int maxRootFields, long maxNodes,
                                               int listSizeEstimate, Duration timeLimit, DataSize maxResponseSize) {
        return new RequestLimits(maxDepth, maxAliases, maxRootFields, maxNodes, listSizeEstimate, timeLimit,
                maxResponseSize.toBytes());
    }

    /**
     * {@code entente.limits.budget.*}: every caller (an API key, a token's subject, or a client address) holds a
     * bucket of {@code capacity} points that refills at {@code restoreRate} points a second.
     *
     * @param enabled     whether callers have budgets at all
     * @param capacity    the points a full bucket holds
     * @param restoreRate the points it refills a second
     * @param maxCallers  how many callers' buckets are kept apart; beyond them, new callers share one
     */
    public record Budget(@DefaultValue("true") boolean enabled, @DefaultValue("1000000") long capacity,
                         @DefaultValue("10000") double restoreRate, @DefaultValue("10000") int maxCallers) {
        public Budget {
            if (capacity < 1 || !(restoreRate > 0) || maxCallers < 1) {
                throw new IllegalArgumentException("entente.limits.budget: capacity, restore-rate and max-callers "
                        + "must be positive, were " + capacity + ", " + restoreRate + " and " + maxCallers);
            }
        }
    }
}

package org.entente.graphql.cost;

import java.time.Duration;
import java.util.Objects;

/**
 * What one GraphQL request may ask for and take. The composition root binds them from {@code entente.limits.*}
 * (docs/security.md lists each with its default and the code of its refusal).
 *
 * @param maxDepth         the deepest nesting of fields ({@code QUERY_TOO_DEEP})
 * @param maxAliases       aliased fields, fragments counted at every spread ({@code TOO_MANY_ALIASES})
 * @param maxRootFields    fields at the root of the operation ({@code TOO_MANY_ROOT_FIELDS})
 * @param maxNodes         the objects the request may return, estimated before it runs ({@code TOO_MANY_NODES})
 * @param listSizeEstimate how many items a list without pages is taken to hold in that estimate
 * @param timeLimit        how long a query or mutation may run ({@code TIME_LIMIT_EXCEEDED})
 * @param maxResponseBytes how large its answer may grow, estimated as it is built ({@code RESPONSE_TOO_LARGE})
 */
public record RequestLimits(int maxDepth, int maxAliases, int maxRootFields, long maxNodes, int listSizeEstimate,
                            Duration timeLimit, long maxResponseBytes) {
    public RequestLimits {
        atLeast("max-depth", maxDepth, 1);
        atLeast("max-aliases", maxAliases, 0);
        atLeast("max-root-fields", maxRootFields, 1);
        atLeast("max-nodes", maxNodes, 1);
        atLeast("list-size-estimate", listSizeEstimate, 1);
        atLeast("max-response-size", maxResponseBytes, 1);
        Objects.requireNonNull(timeLimit, "time-limit");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("entente.limits.time-limit must be positive, was " + timeLimit);
        }
    }

    /** The defaults of docs/security.md. */
    public static RequestLimits defaults() {
        return new RequestLimits(15, 50, 20, 500_000, 10, Duration.ofSeconds(5), 8L << 20);
    }

    private static void atLeast(String name, long value, long least) {
        if (value < least) {
            throw new IllegalArgumentException("entente.limits." + name + " must be at least " + least + ", was "
                    + value);
        }
    }
}

package org.entente.graphql.fetch;

import java.util.concurrent.CompletableFuture;

/**
 * A fetched value as graphql-java completes it cheapest. graphql-java completes every future a fetcher returns
 * asynchronously, even one already completed, and so every object above it: a record read in an earlier batch,
 * an attendee read with the meeting's attendances, a total counted beside its page. A future that has already
 * completed normally is handed over as its value, which graphql-java completes at once; one still pending, or
 * failed, stays a future, so a failure is answered as before, at its own field.
 */
public final class Settled {
    private Settled() {
    }

    /** {@code fetched}'s value if it is a future completed normally; else {@code fetched} itself. */
    public static Object now(Object fetched) {
        if (fetched instanceof CompletableFuture<?> future && future.isDone() && !future.isCompletedExceptionally()) {
            return future.join();
        }
        return fetched;
    }
}

package org.entente.application.port.out;

import java.util.function.Supplier;

/**
 * Units of work over one store: whatever {@link #inOne} writes through the store's ports (records, their revisions,
 * idempotency receipts) is kept together or not at all, and is durable when the call returns. A unit that throws
 * leaves nothing it wrote, in the store and, after a crash, on disk. Writes outside a unit are each a unit of their
 * own. The work runs on the calling thread, and may be run again when the store retries a unit that met a
 * conflict; the application never opens a unit inside another on the same thread.
 */
public interface Transactions {
    /** Runs {@code work} as one unit and returns what it returned, once its writes are durable. */
    <T> T inOne(Supplier<T> work);

    /**
     * Told once a unit that wrote a whole data set has returned: a store that plans its reads from statistics of what
     * it holds refreshes them now, rather than when its own schedule comes round, so that the first reads after an
     * import are planned for the data imported. The default, for a store that plans nothing, does nothing.
     */
    default void bulkWritten() {
    }
}

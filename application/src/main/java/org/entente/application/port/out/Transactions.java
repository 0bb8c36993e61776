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
}

package org.entente.domain.common;

/**
 * An aggregate: one consistency boundary, stored as one unit.
 * {@code version} is 0 for an aggregate never stored, and goes up by one at each save.
 */
public interface Aggregate<I extends AggregateId, A extends Aggregate<I, A>> {
    I id();

    long version();

    /** The same aggregate as the store holds it after a save at {@code version}. */
    A withVersion(long version);
}

package org.entente.domain.common;

import java.util.List;
import org.entente.domain.source.Citation;

/**
 * An aggregate: one consistency boundary, stored as one unit.
 * {@code version} is 0 for an aggregate never stored, and goes up by one at each save.
 */
public interface Aggregate<I extends AggregateId, A extends Aggregate<I, A>> {
    I id();

    long version();

    /** Which kind of record this is, as {@link RecordKind} names each aggregate's class. */
    default RecordKind recordKind() {
        return RecordKind.of(getClass());
    }

    /** Every piece of evidence the record holds, with the field it stands in, so that each can be checked. */
    List<Citation> citations();

    /**
     * Every reference the record makes to another record, with the field it stands in, so that each can be resolved;
     * a record that refers to none makes none.
     */
    default List<Reference> references() {
        return List.of();
    }

    /** The same aggregate as the store holds it after a save at {@code version}. */
    A withVersion(long version);
}

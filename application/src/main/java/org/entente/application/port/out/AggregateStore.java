package org.entente.application.port.out;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.AggregateId;

/**
 * What every storage port offers for its aggregate.
 *
 * <p>{@link #save} is optimistic: an aggregate at version 0 is inserted, and refused with
 * {@link org.entente.domain.common.DuplicateKeyException} when its id or a natural key is taken; an aggregate at
 * version {@code n > 0} replaces the stored one only if that one is still at {@code n}, and otherwise fails with
 * {@link org.entente.domain.common.StaleVersionException}. Either way nothing is half-written, and the saved
 * aggregate comes back at version {@code n + 1}.
 */
public interface AggregateStore<I extends AggregateId, A extends Aggregate<I, A>> {

    Optional<A> findById(I id);

    /** Every aggregate among {@code ids}, in one storage round trip; ids not stored are absent from the map. */
    Map<I, A> findAllById(Collection<I> ids);

    /** A page of every stored aggregate ordered by id (each keyset's sort key is the id), for export and audit. */
    Page<A> pageById(PageRequest request);

    /** How many aggregates are stored. */
    long count();

    /** Stores the aggregate if its version is the stored one, and returns it at the next version. */
    A save(A aggregate);
}

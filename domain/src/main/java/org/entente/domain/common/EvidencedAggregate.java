package org.entente.domain.common;

import java.util.List;
import org.entente.domain.source.Citation;
import org.entente.domain.source.Evidence;

/**
 * An aggregate whose evidence all stands in its one list {@code evidence}, so that its citations are that list's
 * pieces ({@code evidence[i]}) and no record of this shape can forget one.
 */
public interface EvidencedAggregate<I extends AggregateId, A extends Aggregate<I, A>> extends Aggregate<I, A> {
    List<Evidence> evidence();

    @Override
    default List<Citation> citations() {
        return Citation.of("evidence", evidence());
    }
}

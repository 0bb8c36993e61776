package org.entente.storage.mongodb;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.ListedBy;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.AggregateId;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The stores whose records are listed by criteria {@code C}, in the order of their stored {@code sortKey}, then id:
 * each says only how its criteria become a filter, exactly as the criteria's {@code matches}; the pages and counts
 * of one criteria or of many are the shared mechanics of {@link MongoAggregateStore}.
 */
abstract class MongoListedStore<I extends AggregateId, A extends Aggregate<I, A>, D extends StoredDocument, C>
        extends MongoAggregateStore<I, A, D> implements ListedBy<C, A> {
    private static final String SORT_KEY = "sortKey";

    MongoListedStore(MongoSite site, Class<D> documentType, String kind, Function<A, D> toDocument,
                     Function<D, A> toAggregate, NaturalKey naturalKey) {
        super(site, documentType, kind, toDocument, toAggregate, naturalKey);
    }

    /** The filter that selects what {@code criteria} selects. */
    abstract Criteria filter(C criteria);

    @Override
    public Page<A> page(C criteria, PageRequest request) {
        return page(filter(criteria), SORT_KEY, request);
    }

    @Override
    public long count(C criteria) {
        return count(filter(criteria));
    }

    @Override
    public Map<C, Page<A>> pages(Collection<C> criteria, PageRequest request) {
        return pages(each(criteria, this::filter), SORT_KEY, request);
    }

    @Override
    public Map<C, Long> counts(Collection<C> criteria) {
        return counts(each(criteria, this::filter));
    }
}

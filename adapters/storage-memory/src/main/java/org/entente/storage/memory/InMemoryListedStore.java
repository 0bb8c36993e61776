package org.entente.storage.memory;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.ListedBy;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.AggregateId;

/** A store in memory whose records are listed by criteria through an {@link OrderedIndex}, kept as records change. */
abstract class InMemoryListedStore<I extends AggregateId, A extends Aggregate<I, A>, C> extends InMemoryStore<I, A>
        implements ListedBy<C, A> {
    private final OrderedIndex<C, A> index;

    InMemoryListedStore(InMemoryUnits units, String kind, NaturalKey<A> naturalKey, OrderedIndex<C, A> index) {
        super(units, kind, naturalKey);
        this.index = index;
    }

    @Override
    final void indexed(A removed, A added) {
        if (removed != null) {
            index.remove(removed);
        }
        if (added != null) {
            index.add(added);
        }
        indexedAlso(removed, added);
    }

    /** Keeps any other index of the store's own as {@code removed} gives way to {@code added}. */
    void indexedAlso(A removed, A added) {
    }

    @Override
    public Page<A> page(C criteria, PageRequest request) {
        return read(() -> index.page(criteria, request));
    }

    @Override
    public long count(C criteria) {
        return read(() -> index.count(criteria));
    }

    /** Every criteria's page from one snapshot. */
    @Override
    public Map<C, Page<A>> pages(Collection<C> criteria, PageRequest request) {
        return read(() -> {
            Map<C, Page<A>> pages = new LinkedHashMap<>();
            criteria.forEach(c -> pages.computeIfAbsent(c, k -> index.page(k, request)));
            return pages;
        });
    }

    @Override
    public Map<C, Long> counts(Collection<C> criteria) {
        return read(() -> {
            Map<C, Long> counts = new LinkedHashMap<>();
            criteria.forEach(c -> counts.computeIfAbsent(c, index::count));
            return counts;
        });
    }

    /** How many records this store's pages and counts have passed over. */
    final long visited() {
        return index.visited();
    }

    final OrderedIndex<C, A> index() {
        return index;
    }
}

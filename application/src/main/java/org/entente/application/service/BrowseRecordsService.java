package org.entente.application.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.entente.application.criteria.Criteria;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.in.BrowseRecords;
import org.entente.application.port.out.ListedBy;
import org.entente.application.port.out.Storage;
import org.entente.domain.common.RecordKind;

/** Lists by criteria through the listed ports of one store, each call passed on as it came. */
public final class BrowseRecordsService implements BrowseRecords {
    private final Storage storage;

    public BrowseRecordsService(Storage storage) {
        this.storage = storage;
    }

    @Override
    public <A> Page<A> page(Criteria<A> criteria, PageRequest page) {
        return this.<Criteria<A>, A>listed(criteria.recordKind()).page(criteria, page);
    }

    @Override
    public <A> long count(Criteria<A> criteria) {
        return this.<Criteria<A>, A>listed(criteria.recordKind()).count(criteria);
    }

    @Override
    public <C extends Criteria<A>, A> Map<C, Page<A>> pages(Collection<C> criteria, PageRequest page) {
        return byKind(criteria, (kind, some) -> this.<C, A>listed(kind).pages(some, page));
    }

    @Override
    public <C extends Criteria<A>, A> Map<C, Long> counts(Collection<C> criteria) {
        return byKind(criteria, (kind, some) -> this.<C, A>listed(kind).counts(some));
    }

    /**
     * The port that lists {@code kind}: each criteria type names the kind whose port is listed by it, so the
     * cast is the criteria's own.
     */
    @SuppressWarnings("unchecked")
    private <C, A> ListedBy<C, A> listed(RecordKind kind) {
        return (ListedBy<C, A>) storage.of(kind);
    }

    /** One call per kind of record among {@code criteria} (one, from every caller but a mixed batch's). */
    private static <C extends Criteria<?>, V> Map<C, V> byKind(Collection<C> criteria,
                                                               BiFunction<RecordKind, List<C>, Map<C, V>> call) {
        Map<RecordKind, List<C>> byKind = new EnumMap<>(RecordKind.class);
        criteria.forEach(c -> byKind.computeIfAbsent(c.recordKind(), kind -> new ArrayList<>()).add(c));
        Map<C, V> answered = new LinkedHashMap<>();
        byKind.forEach((kind, some) -> answered.putAll(call.apply(kind, some)));
        return answered;
    }
}

package org.entente.application.fake;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.entente.application.page.Keyset;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.ListedBy;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.AggregateId;

/** A fake store listed by criteria: every page and count by the criteria's own rule, over the plain map. */
class FakeListedStore<I extends AggregateId, A extends Aggregate<I, A>, C> extends FakeStore<I, A>
        implements ListedBy<C, A> {
    private final BiPredicate<C, A> matches;
    private final Function<A, Keyset> keyOf;

    FakeListedStore(String kind, Function<A, String> naturalKey, BiPredicate<C, A> matches, Function<A, Keyset> keyOf) {
        this(kind, naturalKey, null, matches, keyOf);
    }

    FakeListedStore(String kind, Function<A, String> naturalKey, String naturalKeyRule, BiPredicate<C, A> matches,
                    Function<A, Keyset> keyOf) {
        super(kind, naturalKey, naturalKeyRule);
        this.matches = matches;
        this.keyOf = keyOf;
    }

    @Override
    public Page<A> page(C criteria, PageRequest request) {
        return page(a -> matches.test(criteria, a), keyOf, request);
    }

    @Override
    public long count(C criteria) {
        return where(a -> matches.test(criteria, a)).size();
    }

    @Override
    public Map<C, Page<A>> pages(Collection<C> criteria, PageRequest request) {
        Map<C, Page<A>> pages = new LinkedHashMap<>();
        criteria.forEach(c -> pages.put(c, page(c, request)));
        return pages;
    }

    @Override
    public Map<C, Long> counts(Collection<C> criteria) {
        Map<C, Long> counts = new LinkedHashMap<>();
        criteria.forEach(c -> counts.put(c, count(c)));
        return counts;
    }
}

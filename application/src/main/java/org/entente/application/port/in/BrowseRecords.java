package org.entente.application.port.in;

import java.util.Collection;
import java.util.Map;
import org.entente.application.criteria.Criteria;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;

/**
 * Lists records by criteria, one keyset page at a time, in the order each criteria type's {@code keyOf} gives; the
 * criteria's type says which records ({@code MeetingCriteria} pages meetings). The plural forms page many criteria at
 * once (the meetings of every person on a page, say) in one round trip per kind of record among them, reading at most
 * a page and one record more for each; every criteria asked for is in their maps.
 */
public interface BrowseRecords {
    <A> Page<A> page(Criteria<A> criteria, PageRequest page);

    <A> long count(Criteria<A> criteria);

    <C extends Criteria<A>, A> Map<C, Page<A>> pages(Collection<C> criteria, PageRequest page);

    <C extends Criteria<A>, A> Map<C, Long> counts(Collection<C> criteria);
}

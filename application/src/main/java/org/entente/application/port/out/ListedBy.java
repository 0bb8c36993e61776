package org.entente.application.port.out;

import java.util.Collection;
import java.util.Map;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;

/**
 * A store whose records are listed by criteria {@code C}, in the order the criteria type's {@code keyOf} gives.
 * A store reads at most what a page needs: the page and one record more, to tell whether more follow; it counts
 * with a count, never by reading the records.
 */
public interface ListedBy<C, A> {
    /** A page of the records matching {@code criteria}. */
    Page<A> page(C criteria, PageRequest request);

    /** How many records match {@code criteria}. */
    long count(C criteria);

    /**
     * The same page of each of several criteria, in one round trip: the children of many parents at once (each
     * parent's criteria names it), at most {@code request.size() + 1} records read for each, whatever the number
     * each parent has. Every criteria asked for is in the map, with an empty page when nothing matches.
     */
    Map<C, Page<A>> pages(Collection<C> criteria, PageRequest request);

    /** How many records match each of several criteria, in one round trip; every criteria asked for is in the map. */
    Map<C, Long> counts(Collection<C> criteria);
}

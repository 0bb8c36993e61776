package org.entente.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.entente.application.page.Keyset;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.ListedBy;

/** Reading a listing page by page, and the page a listing owes each request, worked out from the whole list. */
final class Pagination {
    private static final int MAX_PAGES = 100_000;

    private Pagination() {
    }

    /** The page {@code request} must return when {@code selected} (in any order) is all the listing selects. */
    static <A> Page<A> expected(Collection<A> selected, Function<A, Keyset> keyOf, PageRequest request) {
        List<A> admitted = selected.stream().filter(a -> request.admits(keyOf.apply(a)))
                .sorted(Comparator.comparing(keyOf)).toList();
        int size = request.size();
        List<A> window = request.fromEnd()
                ? admitted.subList(Math.max(0, admitted.size() - size - 1), admitted.size())
                : admitted.subList(0, Math.min(admitted.size(), size + 1));
        return Page.cut(window, request);
    }

    /** Every item from the first page to the last; {@code betweenPages} runs after each page. */
    static <A> List<A> forward(Function<PageRequest, Page<A>> listing, Function<A, Keyset> keyOf, int size,
                               Runnable betweenPages) {
        List<A> all = new ArrayList<>();
        PageRequest request = PageRequest.first(size);
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            Page<A> page = listing.apply(request);
            all.addAll(page.items());
            betweenPages.run();
            if (!page.hasNext()) {
                return all;
            }
            assertThat(page.items()).as("a page that says more follow holds items").isNotEmpty();
            request = PageRequest.firstAfter(size, keyOf.apply(page.items().get(page.items().size() - 1)));
        }
        throw new AssertionError("the listing never ended");
    }

    /** Every item from the last page back to the first, in ascending order; {@code betweenPages} runs after each page. */
    static <A> List<A> backward(Function<PageRequest, Page<A>> listing, Function<A, Keyset> keyOf, int size,
                                Runnable betweenPages) {
        List<A> all = new ArrayList<>();
        PageRequest request = PageRequest.lastBefore(size, null);
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            Page<A> page = listing.apply(request);
            all.addAll(0, page.items());
            betweenPages.run();
            if (!page.hasPrevious()) {
                return all;
            }
            assertThat(page.items()).as("a page that says more precede holds items").isNotEmpty();
            request = PageRequest.lastBefore(size, keyOf.apply(page.items().get(0)));
        }
        throw new AssertionError("the listing never began");
    }

    /**
     * Walks the listing forward and backward, page by page, and checks every page against the one {@code selected}
     * owes the same request: same items in the same order, same flags. Also reads pages between two cursors.
     */
    static <A> void assertAgrees(String listingName, Collection<A> selected, Function<A, Keyset> keyOf,
                                 Function<PageRequest, Page<A>> listing, int size) {
        List<PageRequest> asked = new ArrayList<>();
        List<Keyset> keys = selected.stream().map(keyOf).sorted().toList();
        forward(request -> {
            asked.add(request);
            return checked(listingName, selected, keyOf, listing, request);
        }, keyOf, size, () -> { });
        backward(request -> checked(listingName, selected, keyOf, listing, request), keyOf, size, () -> { });
        checked(listingName, selected, keyOf, listing, PageRequest.first(0));
        checked(listingName, selected, keyOf, listing, PageRequest.first(PageRequest.MAX_SIZE));
        if (keys.size() >= 4) {
            Keyset low = keys.get(keys.size() / 4);
            Keyset high = keys.get(keys.size() * 3 / 4);
            checked(listingName, selected, keyOf, listing, new PageRequest(size, low, high, false));
            checked(listingName, selected, keyOf, listing, new PageRequest(size, low, high, true));
            checked(listingName, selected, keyOf, listing, new PageRequest(size, null, low, false));
            checked(listingName, selected, keyOf, listing, new PageRequest(size, high, null, true));
            Keyset between = new Keyset(low.sortKey(), low.id() + "~");
            checked(listingName, selected, keyOf, listing, PageRequest.firstAfter(size, between));
        }
        assertThat(asked).as(listingName + ": pages read").isNotEmpty();
    }

    /**
     * Checks each criteria alone, its pages of {@code size} ({@link #assertAgrees}) and its count against what it
     * selects out of {@code all}, then all of them at once ({@link #assertBatchAgrees}).
     */
    static <C, A> void assertEveryCriteriaAgrees(List<C> criteria, Collection<A> all, BiPredicate<C, A> matches,
                                                 Function<A, Keyset> keyOf, ListedBy<C, A> store, int size) {
        for (C c : criteria) {
            List<A> selected = all.stream().filter(a -> matches.test(c, a)).toList();
            assertAgrees(c.toString(), selected, keyOf, request -> store.page(c, request), size);
            assertThat(store.count(c)).as("count of %s", c).isEqualTo(selected.size());
        }
        assertBatchAgrees(criteria, all, matches, keyOf, store);
    }

    /**
     * Asks for the pages and the counts of every criteria at once, as for the children of many parents, and checks
     * each against what the criteria selects out of {@code all}: the same pages, flags and counts one criteria at a
     * time would give, every criteria in the map, none added.
     */
    static <C, A> void assertBatchAgrees(List<C> criteria, Collection<A> all, BiPredicate<C, A> matches,
                                         Function<A, Keyset> keyOf, ListedBy<C, A> store) {
        List<Keyset> keys = all.stream().map(keyOf).sorted().toList();
        List<PageRequest> requests = new ArrayList<>(List.of(PageRequest.first(3), PageRequest.first(0),
                PageRequest.lastBefore(3, null), PageRequest.first(PageRequest.MAX_SIZE)));
        if (!keys.isEmpty()) {
            Keyset middle = keys.get(keys.size() / 2);
            requests.add(PageRequest.firstAfter(2, middle));
            requests.add(PageRequest.lastBefore(2, middle));
        }
        for (PageRequest request : requests) {
            Map<C, Page<A>> pages = store.pages(criteria, request);
            assertThat(pages.keySet()).as("the criteria paged at once, %s", request)
                    .containsExactlyInAnyOrderElementsOf(new LinkedHashSet<>(criteria));
            for (C c : criteria) {
                List<A> selected = all.stream().filter(a -> matches.test(c, a)).toList();
                Page<A> expected = expected(selected, keyOf, request);
                assertThat(pages.get(c).map(a -> keyOf.apply(a).id())).as("%s paged with others, %s", c, request)
                        .isEqualTo(expected.map(a -> keyOf.apply(a).id()));
                assertThat(pages.get(c).items()).as("%s paged with others: every field", c).isEqualTo(expected.items());
            }
        }
        Map<C, Long> counts = store.counts(criteria);
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(new LinkedHashSet<>(criteria));
        for (C c : criteria) {
            assertThat(counts.get(c)).as("%s counted with others", c)
                    .isEqualTo(all.stream().filter(a -> matches.test(c, a)).count());
        }
        assertThat(store.pages(List.of(), PageRequest.first(3))).isEmpty();
        assertThat(store.counts(List.of())).isEmpty();
    }

    private static <A> Page<A> checked(String listingName, Collection<A> selected, Function<A, Keyset> keyOf,
                                       Function<PageRequest, Page<A>> listing, PageRequest request) {
        Page<A> actual = listing.apply(request);
        Page<A> expected = expected(selected, keyOf, request);
        assertThat(actual.map(a -> keyOf.apply(a).id()))
                .as("%s, page %s", listingName, request)
                .isEqualTo(expected.map(a -> keyOf.apply(a).id()));
        assertThat(actual.items()).as("%s, page %s: every field", listingName, request).isEqualTo(expected.items());
        return actual;
    }
}

package org.entente.graphql.page;

import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.entente.application.criteria.Criteria;
import org.entente.application.page.Keyset;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.in.BrowseRecords;
import org.entente.graphql.error.InvalidArgumentException;
import org.entente.graphql.fetch.Selected;

/**
 * An ordered list that the API pages through: it turns {@code first/after/last/before} into a page request and
 * a page into a connection, with cursors made from each item's keyset. The same piece serves every connection,
 * whether the page comes from storage or is cut from a list already loaded.
 */
public final class Listing<T> {
    private final String name;
    private final Function<T, Keyset> keyOf;

    /** {@code name} sets the list's cursors apart from those of other lists; {@code keyOf} is the list's order. */
    public Listing(String name, Function<T, Keyset> keyOf) {
        this.name = name;
        this.keyOf = keyOf;
    }

    /**
     * The page the arguments ask for: {@code first} items (20 when neither {@code first} nor {@code last} is given)
     * after {@code after}, or the {@code last} items before {@code before}; 1 to 100 either way. A page of none is
     * refused: it could never move a client on, and its {@code hasNextPage} without a cursor would send a client
     * that loops on it back to the start for ever.
     */
    public PageRequest request(Integer first, String after, Integer last, String before) {
        if (first != null && last != null) {
            throw new InvalidArgumentException("last", "PAGE_DIRECTION_AMBIGUOUS",
                    "give first (and after) or last (and before), not both first and last");
        }
        String sizeArgument = last != null ? "last" : "first";
        int size = last != null ? last : first != null ? first : PageRequest.DEFAULT_SIZE;
        if (size < 1 || size > PageRequest.MAX_SIZE) {
            throw new InvalidArgumentException(sizeArgument, "PAGE_SIZE_INVALID", "a page holds 1 to "
                    + PageRequest.MAX_SIZE + " items, asked for " + size + (size == 0
                    ? " (a page of none never moves on; to count only, select totalCount with " + sizeArgument
                    + ": 1)" : ""));
        }
        Keyset afterKey = after == null ? null : Cursors.decode(name, after, "after");
        Keyset beforeKey = before == null ? null : Cursors.decode(name, before, "before");
        return new PageRequest(size, afterKey, beforeKey, last != null);
    }

    /** The page of the records {@code criteria} selects, as a root list reads it: counted only if the client asks. */
    public Connection<T> browsed(BrowseRecords browse, Criteria<T> criteria, PageRequest request) {
        return connection(browse.page(criteria, request), () -> browse.count(criteria));
    }

    /** The connection of a page read from storage; {@code counting} runs only if the client asks for the total. */
    public Connection<T> connection(Page<T> page, LongSupplier counting) {
        return countedLater(page, () -> CompletableFuture.completedFuture(counting.getAsLong()));
    }

    /**
     * The connection of a page a loader reads, null if it reads none (its request was stopped). When the field
     * selects {@code totalCount}, the count is asked for now, beside the page, and the connection is ready when both
     * are: counted in the same round trip as the pages of its level, and answered at once when the client reaches it,
     * where asking for it then would hold that part of the answer for one more round trip. A count that fails
     * fails its {@code totalCount} alone, as it would have then.
     */
    @SuppressWarnings("unchecked")
    public CompletableFuture<Connection<T>> loaded(DataFetchingEnvironment env, CompletableFuture<? extends Page<?>> page,
                                                   Supplier<CompletableFuture<Long>> counting) {
        if (!Selected.anyOf(env, "totalCount")) {
            return page.thenApply(found -> found == null ? null : countedLater((Page<T>) found, counting));
        }
        CompletableFuture<Long> count = counting.get();
        return page.thenCombine(count.exceptionally(failure -> null), (found, ready) -> found == null ? null
                : countedLater((Page<T>) found, () -> count));
    }

    /** The connection of a page whose total comes later, from a loader that counts many lists at once. */
    public Connection<T> countedLater(Page<T> page, Supplier<CompletableFuture<Long>> counting) {
        List<Edge<T>> edges = new ArrayList<>(page.items().size());
        for (T item : page.items()) {
            edges.add(new Edge<>(() -> Cursors.encode(name, keyOf.apply(item)), item));
        }
        PageInfo info = new PageInfo(page.hasNext(), page.hasPrevious(), edges.isEmpty() ? null : edges.get(0),
                edges.isEmpty() ? null : edges.get(edges.size() - 1));
        return new Connection<>(edges, info, counting);
    }

    /** The connection of a page cut from {@code all}, the whole list already loaded, in any order. */
    public Connection<T> slice(List<T> all, PageRequest request) {
        return slice(order(all), request);
    }

    /**
     * {@code all} in this listing's order, each item's keyset computed once: a list loaded once per request and
     * cut for many parents is sorted once, and each cut is then two binary searches.
     */
    public Ordered<T> order(List<T> all) {
        List<Keyed<T>> keyed = new ArrayList<>(all.size());
        for (T item : all) {
            keyed.add(new Keyed<>(keyOf.apply(item), item));
        }
        keyed.sort(Comparator.comparing(Keyed::key));
        return new Ordered<>(keyed.stream().map(Keyed::item).toList(), keyed.stream().map(Keyed::key).toList());
    }

    /** The connection of a page cut from a list already in order. */
    public Connection<T> slice(Ordered<T> all, PageRequest request) {
        int from = request.after() == null ? 0 : firstAbove(all.keys(), request.after());
        int to = request.before() == null ? all.keys().size() : firstAtOrAbove(all.keys(), request.before());
        int admitted = Math.max(0, to - from);
        int take = Math.min(admitted, request.size() + 1);
        List<T> withOneMore = request.fromEnd() ? all.items().subList(to - take, to)
                : all.items().subList(from, from + take);
        long total = all.items().size();
        return connection(Page.cut(withOneMore, request), () -> total);
    }

    /** A whole list in a listing's order, with the keyset of each item. */
    public record Ordered<T>(List<T> items, List<Keyset> keys) {
    }

    private record Keyed<T>(Keyset key, T item) {
    }

    private static int firstAbove(List<Keyset> keys, Keyset bound) {
        int low = 0;
        int high = keys.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (keys.get(middle).compareTo(bound) <= 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static int firstAtOrAbove(List<Keyset> keys, Keyset bound) {
        int low = 0;
        int high = keys.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (keys.get(middle).compareTo(bound) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}

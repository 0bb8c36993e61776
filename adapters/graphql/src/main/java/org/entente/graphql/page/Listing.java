package org.entente.graphql.page;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.entente.application.page.Keyset;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.graphql.error.InvalidArgumentException;

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
     * after {@code after}, or the {@code last} items before {@code before}; at most 100 either way.
     */
    public PageRequest request(Integer first, String after, Integer last, String before) {
        if (first != null && last != null) {
            throw new InvalidArgumentException("last", "PAGE_DIRECTION_AMBIGUOUS",
                    "give first (and after) or last (and before), not both first and last");
        }
        String sizeArgument = last != null ? "last" : "first";
        int size = last != null ? last : first != null ? first : PageRequest.DEFAULT_SIZE;
        if (size < 0 || size > PageRequest.MAX_SIZE) {
            throw new InvalidArgumentException(sizeArgument, "PAGE_SIZE_INVALID", "a page holds 0 to "
                    + PageRequest.MAX_SIZE + " items, asked for " + size);
        }
        Keyset afterKey = after == null ? null : Cursors.decode(name, after, "after");
        Keyset beforeKey = before == null ? null : Cursors.decode(name, before, "before");
        return new PageRequest(size, afterKey, beforeKey, last != null);
    }

    /** The connection of a page read from storage; {@code counting} runs only if the client asks for the total. */
    public Connection<T> connection(Page<T> page, LongSupplier counting) {
        List<Edge<T>> edges = page.items().stream()
                .map(item -> new Edge<>(Cursors.encode(name, keyOf.apply(item)), item)).toList();
        PageInfo info = new PageInfo(page.hasNext(), page.hasPrevious(),
                edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        return new Connection<>(edges, info, counting);
    }

    /** The connection of a page cut from {@code all}, the whole list already loaded, in any order. */
    public Connection<T> slice(List<T> all, PageRequest request) {
        List<T> admitted = all.stream()
                .sorted(Comparator.comparing(keyOf))
                .filter(item -> request.admits(keyOf.apply(item)))
                .toList();
        int take = Math.min(admitted.size(), request.size() + 1);
        List<T> withOneMore = request.fromEnd()
                ? admitted.subList(admitted.size() - take, admitted.size())
                : admitted.subList(0, take);
        long total = all.size();
        return connection(Page.cut(withOneMore, request), () -> total);
    }
}

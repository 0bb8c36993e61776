package org.entente.application.page;

import java.util.List;
import java.util.function.Function;

/**
 * One page of an ordered list. {@code hasNext} says whether items follow the last one within the request's range
 * (for a page read from the end: whether items follow at all after {@code before}); {@code hasPrevious} likewise
 * for items before the first one.
 */
public record Page<T>(List<T> items, boolean hasNext, boolean hasPrevious) {
    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> empty() {
        return new Page<>(List.of(), false, false);
    }

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), hasNext, hasPrevious);
    }

    /**
     * Cuts a page out of {@code sorted}, every item of which the request admits, in ascending order and fetched
     * one beyond the page ({@code size + 1} items from the start, or from the end with {@code fromEnd}).
     * Stores read one item more than they return to know whether more follow. A page continuing from a cursor
     * reports an item on the cursor's side, since the cursor's own item lies there.
     */
    public static <T> Page<T> cut(List<T> sortedWithOneMore, PageRequest request) {
        int size = request.size();
        boolean more = sortedWithOneMore.size() > size;
        if (!request.fromEnd()) {
            List<T> items = more ? sortedWithOneMore.subList(0, size) : sortedWithOneMore;
            return new Page<>(items, more, request.after() != null);
        }
        List<T> items = more ? sortedWithOneMore.subList(sortedWithOneMore.size() - size, sortedWithOneMore.size())
                : sortedWithOneMore;
        return new Page<>(items, request.before() != null, more);
    }
}

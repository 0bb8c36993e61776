package org.entente.graphql.page;

/**
 * Where a page stands in its list, in the Relay connection's words. Its cursors are those of its first and last
 * edges ({@code start} and {@code end}, null for a page of none), encoded only when a client selects them.
 */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, Edge<?> start, Edge<?> end) {
    public String startCursor() {
        return start == null ? null : start.cursor();
    }

    public String endCursor() {
        return end == null ? null : end.cursor();
    }
}

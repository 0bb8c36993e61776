package org.entente.graphql.page;

/**
 * Where a page stands in its list, in the Relay connection's words. Its cursors are its first and last edges',
 * encoded only when a client selects them.
 */
public final class PageInfo {
    private final boolean hasNextPage;
    private final boolean hasPreviousPage;
    private final Edge<?> start;
    private final Edge<?> end;

    /** {@code start} and {@code end} are null for a page of none. */
    public PageInfo(boolean hasNextPage, boolean hasPreviousPage, Edge<?> start, Edge<?> end) {
        this.hasNextPage = hasNextPage;
        this.hasPreviousPage = hasPreviousPage;
        this.start = start;
        this.end = end;
    }

    public boolean hasNextPage() {
        return hasNextPage;
    }

    public boolean hasPreviousPage() {
        return hasPreviousPage;
    }

    public String startCursor() {
        return start == null ? null : start.cursor();
    }

    public String endCursor() {
        return end == null ? null : end.cursor();
    }
}

package org.entente.graphql.page;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * A Relay connection: one page of a list, its cursors, and the size of the whole list, counted only when a
 * client selects {@code totalCount} and then only once. Every connection type of the schema is one of these.
 * (Its class name ends in {@code Connection}, so Spring GraphQL's own connection adapter passes it through.)
 */
public final class Connection<T> {
    private final List<Edge<T>> edges;
    private final PageInfo pageInfo;
    private final LongSupplier counting;
    private Long count;

    public Connection(List<Edge<T>> edges, PageInfo pageInfo, LongSupplier counting) {
        this.edges = List.copyOf(edges);
        this.pageInfo = pageInfo;
        this.counting = counting;
    }

    public List<Edge<T>> edges() {
        return edges;
    }

    public List<T> nodes() {
        return edges.stream().map(Edge::node).toList();
    }

    public PageInfo pageInfo() {
        return pageInfo;
    }

    /** How many items the whole list holds, whatever the page. */
    public synchronized int totalCount() {
        if (count == null) {
            count = counting.getAsLong();
        }
        return Math.toIntExact(count);
    }
}

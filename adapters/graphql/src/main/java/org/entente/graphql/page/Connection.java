package org.entente.graphql.page;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.entente.graphql.fetch.Settled;

/**
 * A Relay connection: one page of a list, its cursors, and the size of the whole list, counted only when a
 * client selects {@code totalCount} and then only once; a nested list's count is batched with its siblings'. Every connection type of the schema is one of these.
 * (Its class name ends in {@code Connection}, so Spring GraphQL's own connection adapter passes it through.)
 */
public final class Connection<T> {
    private final List<Edge<T>> edges;
    private final List<T> nodes;
    private final PageInfo pageInfo;
    private final Supplier<CompletableFuture<Long>> counting;
    private CompletableFuture<Integer> count;

    public Connection(List<Edge<T>> edges, PageInfo pageInfo, Supplier<CompletableFuture<Long>> counting) {
        this.edges = List.copyOf(edges);
        List<T> items = new ArrayList<>(edges.size());
        for (Edge<T> edge : this.edges) {
            items.add(edge.node());
        }
        this.nodes = Collections.unmodifiableList(items);
        this.pageInfo = pageInfo;
        this.counting = counting;
    }

    public List<Edge<T>> edges() {
        return edges;
    }

    public List<T> nodes() {
        return nodes;
    }

    public PageInfo pageInfo() {
        return pageInfo;
    }

    /**
     * How many items the whole list holds, whatever the page (null once the request is stopped): the number itself
     * when it is already counted (a total asked for beside its page), else the future count ({@link Settled}).
     */
    public Object totalCount() {
        return Settled.now(counted());
    }

    /** The future count of the whole list, asked for once. */
    public synchronized CompletableFuture<Integer> counted() {
        if (count == null) {
            // a stopped request's loaders answer nothing (null): its answer is the stop's error, not this count
            count = counting.get().thenApply(total -> total == null ? null : Math.toIntExact(total));
        }
        return count;
    }
}

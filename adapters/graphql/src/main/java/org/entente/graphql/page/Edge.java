package org.entente.graphql.page;

import java.util.function.Supplier;

/**
 * One item of a connection with the cursor that continues from it; the cursor is encoded only when a client
 * selects it, so a client that asks for {@code nodes} alone never pays for it.
 */
public final class Edge<T> {
    private final Supplier<String> encoding;
    private final T node;
    private String cursor;

    public Edge(Supplier<String> encoding, T node) {
        this.encoding = encoding;
        this.node = node;
    }

    public synchronized String cursor() {
        if (cursor == null) {
            cursor = encoding.get();
        }
        return cursor;
    }

    public T node() {
        return node;
    }
}

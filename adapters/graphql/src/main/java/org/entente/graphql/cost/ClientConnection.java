package org.entente.graphql.cost;

/**
 * Whether the client that sent a request is still there to read its answer. The HTTP server puts one in the
 * request's attributes under {@link #ATTRIBUTE}; a request without one is taken to have its client.
 */
@FunctionalInterface
public interface ClientConnection {
    String ATTRIBUTE = ClientConnection.class.getName();

    ClientConnection ALWAYS_OPEN = () -> false;

    /** True once the client has closed its connection. Called on the thread that runs the request. */
    boolean isGone();
}

package org.entente.application.port.out;

/**
 * The store the service runs on, as a store adapter contributes it when {@code entente.storage} names it: every port,
 * one line for the start-up log saying which store it is and where its data lives, and what closing it takes.
 */
public interface RunningStore extends AutoCloseable {
    Storage storage();

    /** Which store, and where its data lives, in one line. */
    String description();

    /** Releases what the store holds (connections, files); the default holds nothing. */
    @Override
    default void close() {
    }
}

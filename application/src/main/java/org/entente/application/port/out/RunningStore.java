package org.entente.application.port.out;

import java.util.Optional;

/**
 * The store the service runs on, as a store adapter contributes it when {@code entente.storage} names it: every port,
 * one line for the start-up log saying which store it is and where its data lives, and what closing it takes.
 */
public interface RunningStore extends AutoCloseable {
    Storage storage();

    /** Which store, and where its data lives, in one line. */
    String description();

    /**
     * Reaches the store once, as readiness asks it (docs/operations.md, "Health"), and throws with the reason when it
     * does not answer; the default, for a store inside the process, always answers.
     */
    default void probe() {
    }

    /**
     * The feed this store shares among every instance running on it, where it has one (a MongoDB replica set's
     * change stream); absent, changes reach the followers of this process only.
     */
    default Optional<SharedChangeFeed> sharedChangeFeed() {
        return Optional.empty();
    }

    /** Releases what the store holds (connections, files); the default holds nothing. */
    @Override
    default void close() {
    }
}

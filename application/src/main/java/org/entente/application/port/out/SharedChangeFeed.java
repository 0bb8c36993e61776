package org.entente.application.port.out;

/**
 * A feed every instance of the service shares (a MongoDB replica set's change stream): a change one instance
 * publishes reaches the followers of every instance, its own among them, through {@link #relayTo}.
 */
public interface SharedChangeFeed extends ChangeFeed {
    /** Hands every change any instance publishes from now on to {@code local}, in the order stored, until closed. */
    AutoCloseable relayTo(ChangeFeed local);
}

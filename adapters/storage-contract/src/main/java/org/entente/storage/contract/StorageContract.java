package org.entente.storage.contract;

import org.entente.application.port.out.Storage;
import org.junit.jupiter.api.BeforeEach;

/**
 * The root of the contract suite. An adapter runs a contract by extending it and supplying the one thing the
 * suite cannot make: an empty store of its own kind.
 */
public abstract class StorageContract {
    /** The store under test, empty at the start of every test. */
    protected Storage storage;

    /**
     * Every port of a store that holds nothing yet. Called before each test; each call must start from empty
     * (a fresh instance, or the same database emptied).
     */
    protected abstract Storage emptyStorage();

    @BeforeEach
    final void openEmptyStorage() {
        storage = emptyStorage();
    }
}

package org.entente.bootstrap.storage;

import java.util.Optional;
import org.entente.application.port.out.Storage;
import org.entente.storage.memory.InMemoryStorage;
import org.entente.storage.mongodb.MongoCommandCounter;

/** Every record in this process's memory, gone when it ends. */
record MemoryStore(Storage storage) implements SelectedStore {
    static MemoryStore empty() {
        return new MemoryStore(InMemoryStorage.empty());
    }

    @Override
    public String description() {
        return "in-memory store (entente.storage=memory), data lost at shutdown";
    }

    @Override
    public Optional<MongoCommandCounter> commands() {
        return Optional.empty();
    }
}

package org.entente.bootstrap.storage;

import java.util.Optional;
import org.entente.application.port.out.Receipts;
import org.entente.application.port.out.Revisions;
import org.entente.application.port.out.Storage;
import org.entente.storage.mongodb.MongoCommandCounter;

/** The store this process runs on, as the properties chose it: its ports, and a line saying what it is. */
public interface SelectedStore {
    Storage storage();

    Revisions revisions();

    /** The idempotency keys of creating mutations. */
    Receipts receipts();

    /** Which store, and where its data lives, in one line for the start-up log. */
    String description();

    /** The count of the MongoDB driver's commands; absent for a store that is not MongoDB. */
    Optional<MongoCommandCounter> commands();
}

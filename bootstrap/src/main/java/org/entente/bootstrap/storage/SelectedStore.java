package org.entente.bootstrap.storage;

import java.util.Optional;
import org.entente.application.port.out.Storage;
import org.entente.storage.mongodb.MongoCommandCounter;

/** The store this process runs on, as the properties chose it: its ports, and a line saying what it is. */
public interface SelectedStore {
    /** Every port: the records, the revision log, the idempotency keys and the units of work over them. */
    Storage storage();

    /** Which store, and where its data lives, in one line for the start-up log. */
    String description();

    /** The count of the MongoDB driver's commands; absent for a store that is not MongoDB. */
    Optional<MongoCommandCounter> commands();
}

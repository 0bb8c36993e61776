package org.entente.storage.memory;

import org.entente.application.port.out.Receipts;
import org.entente.application.port.out.Revisions;
import org.entente.application.port.out.Storage;

/**
 * Every port kept in the memory of this process: thread-safe, with the semantics of the MongoDB store (versions,
 * unique country pairs and session numbers), gone when the process ends. For tests and for trying the service out.
 */
public final class InMemoryStorage {
    private InMemoryStorage() {
    }

    /** A store that holds nothing yet. */
    public static Storage empty() {
        return new Storage(new InMemoryRelations(), new InMemoryPersons(), new InMemoryOrganizations(),
                new InMemorySources(), new InMemoryMechanisms(), new InMemoryVisits(), new InMemoryMeetings(),
                new InMemoryInstruments(), new InMemoryInvitations(), new InMemoryEvents());
    }

    /** A revision log that holds nothing yet. */
    public static Revisions emptyRevisions() {
        return new InMemoryRevisions();
    }

    /** Idempotency keys, none claimed yet. */
    public static Receipts emptyReceipts() {
        return new InMemoryReceipts();
    }
}

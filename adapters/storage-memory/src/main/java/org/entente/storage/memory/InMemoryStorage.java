package org.entente.storage.memory;

import org.entente.application.port.out.Storage;

/**
 * Every port kept in the memory of this process: thread-safe, with the semantics of the MongoDB store (versions,
 * unique country pairs and session numbers, units of work that keep all of their writes or none), gone when the
 * process ends. For tests and for trying the service out.
 */
public final class InMemoryStorage {
    private InMemoryStorage() {
    }

    /** A store that holds nothing yet: every port, the revision log and the receipts, sharing one set of units. */
    public static Storage empty() {
        InMemoryUnits units = new InMemoryUnits();
        return new Storage(new InMemoryRelations(units), new InMemoryPersons(units), new InMemoryOrganizations(units),
                new InMemorySources(units), new InMemoryMechanisms(units), new InMemoryVisits(units),
                new InMemoryMeetings(units), new InMemoryInstruments(units), new InMemoryInvitations(units),
                new InMemoryEvents(units), new InMemoryRevisions(units), new InMemoryReceipts(units), units);
    }

    /** How many records the listed stores of {@code storage} (one of this adapter's) have passed over for pages and counts. */
    static long visited(Storage storage) {
        return java.util.stream.Stream.of(storage.meetings(), storage.persons(), storage.instruments(),
                storage.invitations(), storage.events()).mapToLong(s -> ((InMemoryListedStore<?, ?, ?>) s).visited())
                .sum();
    }
}

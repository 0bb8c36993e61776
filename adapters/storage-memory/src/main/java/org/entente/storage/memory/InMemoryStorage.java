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
}

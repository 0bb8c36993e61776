package org.entente.storage.memory;

import org.entente.application.port.out.AggregateStore;
import org.entente.application.port.out.Storage;
import org.entente.domain.common.RecordKind;

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
        return Storage.of(kind -> port(kind, units), new InMemoryRevisions(units), new InMemoryReceipts(units), units);
    }

    /** This adapter's port for {@code kind}'s records; a kind without one does not compile. */
    private static AggregateStore<?, ?> port(RecordKind kind, InMemoryUnits units) {
        return switch (kind) {
            case SOURCE -> new InMemorySources(units);
            case ORGANIZATION -> new InMemoryOrganizations(units);
            case PERSON -> new InMemoryPersons(units);
            case RELATION -> new InMemoryRelations(units);
            case MECHANISM -> new InMemoryMechanisms(units);
            case VISIT -> new InMemoryVisits(units);
            case MEETING -> new InMemoryMeetings(units);
            case INSTRUMENT -> new InMemoryInstruments(units);
            case INVITATION -> new InMemoryInvitations(units);
            case EVENT -> new InMemoryEvents(units);
        };
    }

    /** How many records the listed stores of {@code storage} (one of this adapter's) have passed over for pages and counts. */
    static long visited(Storage storage) {
        return java.util.stream.Stream.of(storage.meetings(), storage.persons(), storage.instruments(),
                storage.invitations(), storage.events()).mapToLong(s -> ((InMemoryListedStore<?, ?, ?>) s).visited())
                .sum();
    }
}

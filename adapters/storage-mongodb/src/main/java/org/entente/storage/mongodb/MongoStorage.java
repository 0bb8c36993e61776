package org.entente.storage.mongodb;

import org.entente.application.port.out.Storage;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Every port in one MongoDB database: one collection per aggregate, one document per record, the revision log and
 * the idempotency receipts, and units of work that keep a record, its revision and its receipt together.
 */
public final class MongoStorage {
    private MongoStorage() {
    }

    /**
     * The ports over {@code mongo}'s database on a replica set or sharded cluster, whose units are multi-document
     * transactions; a standalone server, which has none, is refused at once. Creates the indexes the ports rely on
     * first (see {@link MongoIndexes}).
     */
    public static Storage create(MongoTemplate mongo) {
        return over(mongo, ServerTransactions.of(mongo));
    }

    /** The ports over {@code mongo}'s database on {@code server}, this process's embedded one, and its units. */
    public static Storage onEmbedded(EmbeddedMongo server, MongoTemplate mongo) {
        return over(mongo, server.units());
    }

    private static Storage over(MongoTemplate mongo, WriteUnits units) {
        units.write(() -> {
            MongoIndexes.ensure(mongo);
            return null;
        });
        return new Storage(new MongoRelations(mongo, units), new MongoPersons(mongo, units),
                new MongoOrganizations(mongo, units), new MongoSources(mongo, units), new MongoMechanisms(mongo, units),
                new MongoVisits(mongo, units), new MongoMeetings(mongo, units), new MongoInstruments(mongo, units),
                new MongoInvitations(mongo, units), new MongoEvents(mongo, units), new MongoRevisions(mongo, units),
                new MongoReceipts(mongo, units), units);
    }
}

package org.entente.storage.mongodb;

import org.entente.application.port.out.Receipts;
import org.entente.application.port.out.Revisions;
import org.entente.application.port.out.Storage;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Every port in one MongoDB database: one collection per aggregate, one document per record. */
public final class MongoStorage {
    private MongoStorage() {
    }

    /** The ports over {@code mongo}'s database, after creating the indexes they rely on (see {@link MongoIndexes}). */
    public static Storage create(MongoTemplate mongo) {
        MongoIndexes.ensure(mongo);
        return new Storage(new MongoRelations(mongo), new MongoPersons(mongo), new MongoOrganizations(mongo),
                new MongoSources(mongo), new MongoMechanisms(mongo), new MongoVisits(mongo), new MongoMeetings(mongo),
                new MongoInstruments(mongo), new MongoInvitations(mongo), new MongoEvents(mongo));
    }

    /** The revision log in {@code mongo}'s database (collection {@code revisions}), after creating its index. */
    public static Revisions revisions(MongoTemplate mongo) {
        MongoIndexes.ensure(mongo);
        return new MongoRevisions(mongo);
    }

    /** The idempotency keys in {@code mongo}'s database (collection {@code receipts}). */
    public static Receipts receipts(MongoTemplate mongo) {
        MongoIndexes.ensure(mongo);
        return new MongoReceipts(mongo);
    }
}

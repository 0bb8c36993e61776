package org.entente.storage.mongodb;

import org.entente.application.port.out.AggregateStore;
import org.entente.application.port.out.Storage;
import org.entente.domain.common.RecordKind;
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
        return over(new MongoSite(mongo, ServerTransactions.of(mongo), Branches.UNION));
    }

    /** The ports over {@code mongo}'s database on {@code server}, this process's embedded one, and its units. */
    public static Storage onEmbedded(EmbeddedMongo server, MongoTemplate mongo) {
        return over(new MongoSite(mongo, server.units(), Branches.FACET));
    }

    /** The ports over one site, after its indexes and query keys are in place. */
    static Storage over(MongoSite site) {
        site.units().write(() -> {
            MongoIndexes.ensure(site.mongo());
            MongoMeetings.fillQueryKeys(site.mongo());
            return null;
        });
        return Storage.of(kind -> port(kind, site), new MongoRevisions(site), new MongoReceipts(site), site.units());
    }

    /** This adapter's port for {@code kind}'s records, one collection each; a kind without one does not compile. */
    private static AggregateStore<?, ?> port(RecordKind kind, MongoSite site) {
        return switch (kind) {
            case SOURCE -> new MongoSources(site);
            case ORGANIZATION -> new MongoOrganizations(site);
            case PERSON -> new MongoPersons(site);
            case RELATION -> new MongoRelations(site);
            case MECHANISM -> new MongoMechanisms(site);
            case VISIT -> new MongoVisits(site);
            case MEETING -> new MongoMeetings(site);
            case INSTRUMENT -> new MongoInstruments(site);
            case INVITATION -> new MongoInvitations(site);
            case EVENT -> new MongoEvents(site);
        };
    }
}

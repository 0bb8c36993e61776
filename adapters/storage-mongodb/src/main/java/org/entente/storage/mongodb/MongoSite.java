package org.entente.storage.mongodb;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What every port of one database shares: the template, the units its writes go through, how a query of many
 * parents is branched on this kind of server, and the count of the documents the ports have read back.
 */
record MongoSite(MongoTemplate mongo, WriteUnits units, Branches branches, AtomicLong documentsRead) {
    MongoSite(MongoTemplate mongo, WriteUnits units, Branches branches) {
        this(mongo, units, branches, new AtomicLong());
    }
}

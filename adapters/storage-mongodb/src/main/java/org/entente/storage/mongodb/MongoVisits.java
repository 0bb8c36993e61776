package org.entente.storage.mongodb;

import org.entente.application.port.out.Visits;
import org.entente.domain.visit.Visit;
import org.entente.domain.visit.VisitId;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Visits in MongoDB, collection {@code visits}. */
final class MongoVisits extends MongoAggregateStore<VisitId, Visit, VisitDocument> implements Visits {
    MongoVisits(MongoSite site) {
        super(site, VisitDocument.class, "visit", RecordsToDocuments.MAPPER::toDocument,
                DocumentsToRecords.MAPPER::toVisit, null);
    }
}

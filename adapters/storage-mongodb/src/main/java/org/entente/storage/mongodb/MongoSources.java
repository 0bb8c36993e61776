package org.entente.storage.mongodb;

import org.entente.application.port.out.Sources;
import org.entente.domain.source.Source;
import org.entente.domain.source.SourceId;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Sources in MongoDB, collection {@code sources}. */
final class MongoSources extends MongoAggregateStore<SourceId, Source, SourceDocument> implements Sources {
    MongoSources(MongoSite site) {
        super(site, SourceDocument.class, "source", RecordsToDocuments.MAPPER::toDocument,
                DocumentsToRecords.MAPPER::toSource, null);
    }
}

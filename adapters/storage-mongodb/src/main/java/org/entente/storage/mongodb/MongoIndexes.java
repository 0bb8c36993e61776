package org.entente.storage.mongodb;

import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.index.IndexResolver;

/**
 * Creates the indexes the documents declare ({@code @Indexed}, {@code @CompoundIndex}): unique ones on natural keys,
 * compound ones for the filters and sort keys of the listings. Creating an index that exists does nothing, so this
 * runs at every start-up. The embedded server enforces the unique indexes and accepts, without building, the others.
 */
public final class MongoIndexes {
    static final List<Class<?>> DOCUMENTS = List.of(RelationDocument.class, PersonDocument.class,
            OrganizationDocument.class, SourceDocument.class, MechanismDocument.class, VisitDocument.class,
            MeetingDocument.class, InstrumentDocument.class, InvitationDocument.class, EventDocument.class,
            RevisionDocument.class, ReceiptDocument.class);

    private MongoIndexes() {
    }

    /**
     * Creates every collection and every declared index that does not exist yet. Every collection exists before the
     * first unit of work, which then never has to create one (a unit rolled back would take it with it).
     */
    public static void ensure(MongoTemplate mongo) {
        IndexResolver resolver = IndexResolver.create(mongo.getConverter().getMappingContext());
        for (Class<?> type : DOCUMENTS) {
            if (!mongo.collectionExists(type)) {
                mongo.createCollection(type);
            }
            IndexOperations indexes = mongo.indexOps(type);
            for (IndexDefinition index : resolver.resolveIndexFor(type)) {
                indexes.createIndex(index);
            }
        }
    }
}

package org.entente.storage.mongodb;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend, made safe to roll back. The stock backend updates a document by changing, in
 * place, the very object its MVMap holds, which the last committed version of the map holds too: a rollback then
 * brings back the object, changed. Here every document a query hands out is a copy, so an update changes a copy
 * and puts it in the map as a new value, and the committed version keeps what it had.
 */
final class RollbackSafeH2Backend extends H2Backend {
    // the names under which H2Database keeps a collection's documents and its metadata
    private static final String DOCUMENTS = "databases.";
    private static final String METADATA = "meta.";

    RollbackSafeH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /** An inner class, so that the store is at hand while H2Database's constructor opens the collections. */
    private final class Database extends H2Database {
        Database(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String name = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> documents = getMvStore().openMap(DOCUMENTS + name);
            MVMap<String, Object> metadata = getMvStore().openMap(METADATA + name);
            return new Collection(this, collectionName, options, documents, metadata);
        }
    }

    private final class Collection extends H2Collection {
        Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                   MVMap<Object, Document> documents, MVMap<String, Object> metadata) {
            super(database, collectionName, options, documents, metadata, getCursorRegistry());
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                             int batchSize, Document fieldSelector) {
            QueryResult stored = super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
            List<Document> copies = new ArrayList<>();
            for (Document document : stored) {
                copies.add(document.cloneDeeply());
            }
            return new QueryResult(copies, stored.getCursorId());
        }
    }
}

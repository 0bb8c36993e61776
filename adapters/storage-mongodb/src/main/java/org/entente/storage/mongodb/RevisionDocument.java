package org.entente.storage.mongodb;

import java.util.List;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/**
 * One revision of the log, keyed by the revision's own key so that appending it again is refused by the id index.
 * {@code recordId} is the changed record's id; {@code at} the instant as ISO-8601, to the nanosecond;
 * {@code sortKey} the version zero-padded, which orders a history.
 */
@Document("revisions")
@CompoundIndex(name = "revision_history", def = "{'aggregate': 1, 'recordId': 1, 'sortKey': 1, '_id': 1}")
record RevisionDocument(@MongoId(FieldType.STRING) String id, String aggregate, String recordId, long version,
                        long previousVersion, String actor, String at, String operation, List<String> changedFields,
                        String sortKey) {
}

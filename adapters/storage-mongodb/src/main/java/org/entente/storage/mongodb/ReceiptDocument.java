package org.entente.storage.mongodb;

import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/** One idempotency key, as the document's id: the id's unique index makes a claim atomic. {@code resultId} is null while pending. */
@Document("receipts")
record ReceiptDocument(@MongoId(FieldType.STRING) String id, String operation, String fingerprint, String resultId) {
}

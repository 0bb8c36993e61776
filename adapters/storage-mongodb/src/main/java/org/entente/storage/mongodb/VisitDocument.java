package org.entente.storage.mongodb;

import java.util.List;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/** A visit. */
@Document("visits")
record VisitDocument(@MongoId(FieldType.STRING) String id, String relation, String kind, String visitor, String host,
                     String startDate, String endDate, List<String> places, List<EvidenceDocument> evidence,
                     @Version long version) implements StoredDocument {
}

package org.entente.storage.mongodb;

import java.util.List;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/** An organisation. */
@Document("organizations")
record OrganizationDocument(@MongoId(FieldType.STRING) String id, String name, List<String> otherNames, String kind,
                            String country, List<EvidenceDocument> evidence, @Version long version)
        implements StoredDocument {
}

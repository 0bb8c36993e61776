package org.entente.storage.mongodb;

import java.util.List;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/** A dialogue mechanism, found by its relation or by its predecessor. */
@Document("mechanisms")
record MechanismDocument(@MongoId(FieldType.STRING) String id, @Indexed(name = "mechanism_relation") String relation,
                         String name, String format, @Indexed(name = "mechanism_predecessor") String predecessor,
                         String upgradedOn, List<EvidenceDocument> evidence, @Version long version)
        implements StoredDocument {
}

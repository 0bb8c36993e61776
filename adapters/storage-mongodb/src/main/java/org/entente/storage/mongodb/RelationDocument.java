package org.entente.storage.mongodb;

import java.util.List;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/** A bilateral relation; {@code countryPair} ({@code JP-VN}) is unique, so a second relation of a pair is refused. */
@Document("relations")
record RelationDocument(@MongoId(FieldType.STRING) String id, List<String> countries,
                        @Indexed(name = RelationDocument.PAIR_INDEX, unique = true) String countryPair,
                        List<Level> levels, @Version long version) implements StoredDocument {
    static final String PAIR_INDEX = "relation_country_pair_unique";

    /** One period of the relation at one partnership level. */
    record Level(String name, String since, String until, String announcedAt, List<EvidenceDocument> evidence) {
    }
}

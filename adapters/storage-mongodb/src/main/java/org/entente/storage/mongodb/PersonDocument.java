package org.entente.storage.mongodb;

import java.util.List;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/**
 * A person. {@code sortKey} is the folded name the listing orders by; {@code nameWords} every folded name from
 * each of its words on, which a name query matches by prefix. {@code mergedInto} is the survivor's id for a tombstone,
 * absent otherwise; listings select the documents without it.
 */
@Document("persons")
@CompoundIndex(name = "person_order", def = "{'sortKey': 1, '_id': 1}")
@CompoundIndex(name = "person_country_order", def = "{'country': 1, 'sortKey': 1, '_id': 1}")
@CompoundIndex(name = "person_listing_order", def = "{'mergedInto': 1, 'sortKey': 1, '_id': 1}")
record PersonDocument(@MongoId(FieldType.STRING) String id, String name, List<String> otherNames, String country,
                      List<Post> posts, List<EvidenceDocument> evidence, String mergedInto, @Version long version, String sortKey,
                      @Indexed(name = "person_name_words") List<String> nameWords) implements StoredDocument {

    /** An office the person held. */
    record Post(String title, String organization, String since, String until, List<EvidenceDocument> evidence) {
    }
}

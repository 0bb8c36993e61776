package org.entente.storage.mongodb;

import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/** A source with its full text. */
@Document("sources")
record SourceDocument(@MongoId(FieldType.STRING) String id, String publisher, String title, String publishedOn,
                      String language, String url, String text, @Version long version) implements StoredDocument {
}

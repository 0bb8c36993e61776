package org.entente.storage.mongodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/** A duplicate key is told by the exact name of the index that refused it, never by a name inside another. */
class DuplicateKeyIndexTest {

    @Test
    void theIndexIsReadWholeFromARealServersMessage() {
        String mongod = "E11000 duplicate key error collection: entente.meetings index: other_name_1 dup key: "
                + "{ name: \"x\" }";

        assertThat(DuplicateKeyIndex.inMessage(mongod)).isEqualTo("other_name_1").isNotEqualTo("name_1");
    }

    @Test
    void aMessageThatNamesNoIndexNamesNone() {
        assertThat(DuplicateKeyIndex.inMessage("E11000 duplicate key error")).isNull();
        assertThat(DuplicateKeyIndex.inMessage(null)).isNull();
    }

    @Test
    void theEmbeddedServersRefusalNamesTheIndexThatContainsAnothersName() {
        try (EmbeddedMongo server = EmbeddedMongo.inMemory();
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoTemplate mongo = new MongoTemplate(client, "entente");
            mongo.getCollection("things").createIndex(Indexes.ascending("name"),
                    new IndexOptions().unique(true).name("other_name_1"));
            mongo.getCollection("things").createIndex(Indexes.ascending("title"),
                    new IndexOptions().unique(true).name("name_1"));
            mongo.insert(new Document("_id", "a").append("name", "x").append("title", "a"), "things");

            DuplicateKeyException refused = catchThrowableOfType(DuplicateKeyException.class,
                    () -> mongo.insert(new Document("_id", "b").append("name", "x").append("title", "b"), "things"));

            // the message holds "name_1" inside "other_name_1": a search of its text would have told the wrong index
            assertThat(refused.getMessage()).contains("name_1");
            assertThat(DuplicateKeyIndex.of(refused)).isEqualTo("other_name_1");
        }
    }
}

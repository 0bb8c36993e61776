package org.entente.storage.mongodb;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.springframework.data.mongodb.core.MongoTemplate;

/** A driver client of one server, the template over one of its databases, and the count of its commands. */
record MongoConnection(MongoClient client, MongoTemplate mongo, MongoCommandCounter commands) implements AutoCloseable {

    static MongoConnection open(String connectionString, String database) {
        MongoCommandCounter commands = new MongoCommandCounter();
        MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(connectionString))
                .addCommandListener(commands)
                .addCommandListener(IndexCoverageTest.QUERIES)
                .build());
        return new MongoConnection(client, new MongoTemplate(client, database), commands);
    }

    @Override
    public void close() {
        client.close();
    }
}

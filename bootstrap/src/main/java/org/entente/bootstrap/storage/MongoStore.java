package org.entente.bootstrap.storage;

import com.mongodb.client.MongoClient;
import java.util.Optional;
import org.entente.application.port.out.Storage;
import org.entente.storage.mongodb.EmbeddedMongo;
import org.entente.storage.mongodb.MongoCommandCounter;
import org.entente.storage.mongodb.MongoStorage;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A MongoDB server: the embedded one this process started (absent with a configured URI), the driver's client,
 * the ports over Entente's database and the count of the driver's commands.
 */
final class MongoStore implements SelectedStore, DisposableBean {
    private final EmbeddedMongo embedded;
    private final MongoClient client;
    private final MongoCommandCounter commands;
    private final Storage storage;
    private final String description;

    /** The ports over {@code template}'s database: on the embedded server if there is one, else on the configured one. */
    MongoStore(EmbeddedMongo embedded, MongoClient client, MongoTemplate template, MongoCommandCounter commands,
               String description) {
        this.embedded = embedded;
        this.client = client;
        this.commands = commands;
        try {
            this.storage = embedded != null ? MongoStorage.onEmbedded(embedded, template) : MongoStorage.create(template);
        } catch (RuntimeException e) {
            destroy();
            throw e;
        }
        this.description = description;
    }

    @Override
    public Storage storage() {
        return storage;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Optional<MongoCommandCounter> commands() {
        return Optional.of(commands);
    }

    /** The client first, so that the embedded server closes with no connection left and writes its file whole. */
    @Override
    public void destroy() {
        client.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}

package org.entente.storage.mongodb;

import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bson.BsonDocument;
import org.bson.Document;
import org.entente.application.history.Change;
import org.entente.application.port.out.ChangeFeed;
import org.entente.application.port.out.SharedChangeFeed;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Changes shared by every instance on one replica set: each instance inserts a notice per change into
 * {@value ChangeNotices#COLLECTION} once the change's unit has committed, and every instance reads the collection's
 * change stream and hands each notice to its own followers (its own notices come back the same way, so each
 * follower sees every change once, in the order the replica set stored the notices). Notices are removed
 * {@code expireAfter} after they were written; the stream resumes from the replica set's oplog, not from them.
 */
public final class MongoChangeFeed implements SharedChangeFeed {
    private final MongoCollection<Document> notices;
    private final Clock clock;
    private final Duration retryAfter;

    private MongoChangeFeed(MongoCollection<Document> notices, Clock clock, Duration retryAfter) {
        this.notices = notices;
        this.clock = clock;
        this.retryAfter = retryAfter;
    }

    /** The feed on {@code mongo}'s database, its notices' TTL index made if missing. */
    public static MongoChangeFeed on(MongoTemplate mongo, Duration expireAfter, Duration retryAfter) {
        MongoCollection<Document> notices = mongo.getCollection(ChangeNotices.COLLECTION);
        notices.createIndex(Indexes.ascending(ChangeNotices.WRITTEN),
                new IndexOptions().name("expire").expireAfter(expireAfter.toSeconds(), TimeUnit.SECONDS));
        return new MongoChangeFeed(notices, Clock.systemUTC(), retryAfter);
    }

    @Override
    public void publish(Change change) {
        notices.insertOne(ChangeNotices.toDocument(change, clock.instant()));
    }

    @Override
    public AutoCloseable relayTo(ChangeFeed local) {
        return new ChangeStreamRelay(this::open, local, retryAfter);
    }

    private ChangeStreamRelay.NoticeCursor open(BsonDocument resumeAfter) {
        var stream = notices.watch(List.of(Aggregates.match(Filters.eq("operationType", "insert"))))
                .maxAwaitTime(1, TimeUnit.SECONDS);
        if (resumeAfter != null) {
            stream = stream.resumeAfter(resumeAfter);
        }
        MongoChangeStreamCursor<ChangeStreamDocument<Document>> cursor = stream.cursor();
        return new ChangeStreamRelay.NoticeCursor() {
            @Override
            public Optional<ChangeStreamRelay.Notice> tryNext() {
                ChangeStreamDocument<Document> event = cursor.tryNext();
                return event == null ? Optional.empty()
                        : Optional.of(new ChangeStreamRelay.Notice(event.getFullDocument(), event.getResumeToken()));
            }

            @Override
            public BsonDocument resumeToken() {
                return cursor.getResumeToken();
            }

            @Override
            public void close() {
                cursor.close();
            }
        };
    }
}

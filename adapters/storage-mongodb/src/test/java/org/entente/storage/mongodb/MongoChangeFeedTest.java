package org.entente.storage.mongodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.entente.application.history.Change;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Two instances of the service on one replica set, each with its own client and feed: a change one publishes
 * reaches the followers of both, once each, in order. Only a real {@code mongod} has change streams; without Docker
 * or {@code MONGODB_URI} this skips, and {@link ChangeStreamRelayTest} covers the translation without a server.
 */
class MongoChangeFeedTest {
    static final String DATABASE = "entente-change-feed";

    abstract static class Contract {
        abstract String connectionString();

        @Test
        void a_change_published_by_one_instance_reaches_the_followers_of_both() throws Exception {
            try (MongoConnection first = MongoConnection.open(connectionString(), DATABASE);
                 MongoConnection second = MongoConnection.open(connectionString(), DATABASE)) {
                MongoChangeFeed one = MongoChangeFeed.on(first.mongo(), Duration.ofHours(1), Duration.ofMillis(200));
                MongoChangeFeed other = MongoChangeFeed.on(second.mongo(), Duration.ofHours(1), Duration.ofMillis(200));
                List<Change> onOne = Collections.synchronizedList(new ArrayList<>());
                List<Change> onOther = Collections.synchronizedList(new ArrayList<>());
                try (AutoCloseable relayOne = one.relayTo(onOne::add);
                     AutoCloseable relayOther = other.relayTo(onOther::add)) {
                    // a stream opened on a thread of its own starts when it is open: let both open first
                    Thread.sleep(1_500);
                    Change met = new Change("Meeting", "meeting-" + System.nanoTime(), 1, "relation-VN-JP",
                            "recordMeeting");
                    Change corrected = new Change("Meeting", met.id(), 2, "relation-VN-JP", "correctMeeting");
                    one.publish(met);
                    other.publish(corrected);
                    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
                    while ((onOne.size() < 2 || onOther.size() < 2) && System.nanoTime() < deadline) {
                        Thread.sleep(50);
                    }
                    assertThat(onOne).containsExactly(met, corrected);
                    assertThat(onOther).containsExactly(met, corrected);
                }
            }
        }
    }

    /** mongo-java-server's own change streams, read from its oplog: the same driver calls, with no Docker. */
    @Nested
    class OnMongoJavaServer extends Contract {
        static final de.bwaldvogel.mongo.MongoServer SERVER = started();

        private static de.bwaldvogel.mongo.MongoServer started() {
            de.bwaldvogel.mongo.backend.memory.MemoryBackend backend = new de.bwaldvogel.mongo.backend.memory.MemoryBackend();
            backend.enableOplog();
            de.bwaldvogel.mongo.MongoServer server = new de.bwaldvogel.mongo.MongoServer(backend);
            server.bind(new java.net.InetSocketAddress("127.0.0.1", 0));
            return server;
        }

        @Override
        String connectionString() {
            return "mongodb://127.0.0.1:" + SERVER.getLocalAddress().getPort();
        }
    }

    @Nested
    @EnabledIf(value = MongoServers.DOCKER_AVAILABLE, disabledReason = MongoServers.NO_DOCKER)
    class OnMongod8 extends Contract {
        @Override
        String connectionString() {
            return MongoServers.mongodConnectionString();
        }
    }

    @Nested
    @EnabledIfEnvironmentVariable(named = "MONGODB_URI", matches = ".+", disabledReason = MongoServers.NO_URI)
    class OnTheConfiguredServer extends Contract {
        @Override
        String connectionString() {
            return System.getenv("MONGODB_URI");
        }
    }
}

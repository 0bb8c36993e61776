package org.entente.bootstrap.service;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Locale;

/**
 * A mongo-java-server that says it is the primary of a one-member replica set, so that the service takes it for a
 * configured MongoDB (it refuses a standalone one at start). It runs no real transactions: it answers their commit
 * and abort and applies each write as it comes, which is enough for what the tests here watch (health, metrics,
 * change streams), never for a test of atomicity. It listens on 127.0.0.1 at the port it is given, so that a test can stop it and
 * start another in its place.
 */
final class ReplicaSetPretence implements AutoCloseable {
    static final String SET_NAME = "rs0";
    private final MongoServer server;

    private ReplicaSetPretence(int port) {
        server = new MongoServer(new PrimaryBackend());
        server.bind(new InetSocketAddress("127.0.0.1", port));
    }

    static ReplicaSetPretence on(int port) {
        return new ReplicaSetPretence(port);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the service connects: directly, as to a replica set's primary. */
    static String uri(int port) {
        return "mongodb://127.0.0.1:" + port + "/entente?directConnection=true&serverSelectionTimeoutMS=2000"
                + "&connectTimeoutMS=1000";
    }

    /** Stops at once, closing every connection, as a server that dies does. */
    @Override
    public void close() {
        server.shutdownNow();
    }

    private static final class PrimaryBackend extends MemoryBackend {
        PrimaryBackend() {
            version(ServerVersion.MONGO_5_0);
            // change streams, read from mongo-java-server's own oplog, as a replica set's are from its
            enableOplog();
        }

        @Override
        public Document handleCommand(Channel channel, String database, String command, Document query) {
            String name = command.toLowerCase(Locale.ROOT);
            if (name.equals("committransaction") || name.equals("aborttransaction")) {
                return new Document("ok", 1.0);
            }
            boolean hello = name.equals("hello") || name.equals("ismaster");
            Document answer = super.handleCommand(channel, database, hello ? "ismaster" : command, query);
            if (hello) {
                answer.put("setName", SET_NAME);
                answer.put("isWritablePrimary", true);
                answer.put("ismaster", true);
                answer.putIfAbsent("logicalSessionTimeoutMinutes", 30);
            }
            return answer;
        }
    }
}

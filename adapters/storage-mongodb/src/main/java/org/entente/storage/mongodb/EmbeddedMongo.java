package org.entente.storage.mongodb;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A MongoDB wire-protocol server inside this process ({@code mongo-java-server}), listening on a free loopback port,
 * that the real driver connects to. Its data lives in one H2 MVStore file, which survives a restart, or in memory.
 * It has no transactions, {@code $text} or collations, and builds only unique indexes; the adapter needs no more.
 */
public final class EmbeddedMongo implements AutoCloseable {
    private final MongoServer server;
    private final String connectionString;
    private final Path file;

    private EmbeddedMongo(MongoBackend backend, Path file) {
        this.server = new MongoServer(backend);
        this.file = file;
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        InetSocketAddress address = server.getLocalAddress();
        this.connectionString = "mongodb://" + address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    /**
     * A server whose data lives in {@code file} (created with its directories if absent) and survives a restart.
     * The MVStore writes in the background about once a second and in full at {@link #close()}.
     */
    public static EmbeddedMongo onFile(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory of " + absolute, e);
        }
        return new EmbeddedMongo(new H2Backend(absolute.toString()), absolute);
    }

    /** A server whose data is lost when it closes. */
    public static EmbeddedMongo inMemory() {
        return new EmbeddedMongo(new MemoryBackend(), null);
    }

    /** Where the driver connects, such as {@code mongodb://127.0.0.1:40123}. */
    public String connectionString() {
        return connectionString;
    }

    /** The file the data lives in; absent for a server in memory. */
    public Optional<Path> dataFile() {
        return Optional.ofNullable(file);
    }

    /** One line for the start-up log: which store, and where its data lives. */
    public String description() {
        return "embedded MongoDB (mongo-java-server) at " + connectionString
                + (file == null ? ", data in memory (lost at shutdown)" : ", data in " + file + " (H2 MVStore)");
    }

    /** Closes every client connection and the backend; a file backend writes what it still holds and closes the file. */
    @Override
    public void close() {
        server.shutdownNow();
    }

    @Override
    public String toString() {
        return description();
    }
}

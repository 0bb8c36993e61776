package org.entente.storage.mongodb;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A MongoDB wire-protocol server inside this process ({@code mongo-java-server}), listening on a free loopback port
 * that only this process may use ({@link ThisProcessOnly}), which the real driver connects to. Its data lives in an
 * H2 MVStore, in one file that survives a restart and a crash, or in memory. It has no transactions, {@code $text}
 * or collations, and builds only unique indexes; the MVStore gives it units of work ({@link EmbeddedUnits}): every
 * write is committed in its unit and on disk before it is answered. A file that cannot be trusted is refused before
 * anything is served from it ({@link DataFileRefusedException}).
 */
public final class EmbeddedMongo implements AutoCloseable {
    private final DataFile data;
    private final EmbeddedUnits units;
    private final MongoServer server;
    private final String connectionString;

    private EmbeddedMongo(DataFile data) {
        this.data = data;
        this.units = new EmbeddedUnits(data);
        H2Backend backend = new RollbackSafeH2Backend(data.store());
        // what the backend wrote as it opened its databases is committed before any unit begins
        units.inOne(() -> null);
        this.server = new MongoServer(new ThisProcessOnly(backend));
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        InetSocketAddress address = server.getLocalAddress();
        this.connectionString = "mongodb://" + address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    /**
     * A server whose data lives in {@code file} (created with its folders if absent), refused with a
     * {@link DataFileRefusedException} when the file is read-only, held by another process, corrupt or cut short.
     */
    public static EmbeddedMongo onFile(Path file) {
        return new EmbeddedMongo(DataFile.open(file));
    }

    /** A server whose data is lost when it closes. */
    public static EmbeddedMongo inMemory() {
        return new EmbeddedMongo(DataFile.inMemory());
    }

    /** Where the driver connects, such as {@code mongodb://127.0.0.1:40123}. */
    public String connectionString() {
        return connectionString;
    }

    /** The file the data lives in; absent for a server in memory. */
    public Optional<Path> dataFile() {
        return Optional.ofNullable(data.file());
    }

    /** Whether connections from other local processes are refused (they are where the OS lets them be traced). */
    public static boolean refusesOtherProcesses() {
        return ThisProcessOnly.canTrace();
    }

    /** One line for the start-up log: which store, and where its data lives. */
    public String description() {
        return "embedded MongoDB (mongo-java-server) at " + connectionString
                + (data.file() == null ? ", data in memory (lost at shutdown)"
                : ", data in " + data.file() + " (H2 MVStore, every answered write on disk)");
    }

    WriteUnits units() {
        return units;
    }

    /**
     * Waits for the unit under way, commits, forces the file to disk and seals it, then closes every client
     * connection and the server. Close the driver's client first.
     */
    @Override
    public void close() {
        units.closeWith(data::close);
        server.shutdownNow();
    }

    @Override
    public String toString() {
        return description();
    }
}

package org.entente.storage.mongodb;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The embedded server's backend, open to this process alone. The server has no authentication and listens on a
 * loopback port any local process could reach, so each connection is traced, on its first request, to the process
 * that holds its other end: on Linux the kernel's socket table ({@code /proc/net/tcp}) names the socket, and
 * {@code /proc/self/fd} tells whether it is one of ours. A connection from another process is refused and closed.
 * Where {@code /proc} does not exist, nothing can be traced and every local connection is served (docs/security.md).
 */
final class ThisProcessOnly implements MongoBackend {
    static final String REFUSAL = "this embedded MongoDB server serves only the process that started it";
    private static final Path OWN_FDS = Path.of("/proc/self/fd");
    private static final List<Path> SOCKET_TABLES = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));

    private final MongoBackend backend;
    private final Set<Channel> ours = ConcurrentHashMap.newKeySet();

    ThisProcessOnly(MongoBackend backend) {
        this.backend = backend;
    }

    /** Whether connections can be traced to their process here. */
    static boolean canTrace() {
        return Files.isDirectory(OWN_FDS) && Files.isReadable(SOCKET_TABLES.get(0));
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        return admitted(channel) ? backend.handleCommand(channel, database, command, query) : refusal();
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return admitted(query.getChannel()) ? backend.handleQuery(query) : new QueryResult(List.of(refusal()));
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        return admitted(message.getChannel()) ? backend.handleMessage(message) : refusal();
    }

    @Override
    public void handleClose(Channel channel) {
        ours.remove(channel);
        backend.handleClose(channel);
    }

    /** Whether {@code channel} is this process's; one that is not is closed (quietly: no log line to flood). */
    private boolean admitted(Channel channel) {
        if (ours.contains(channel)) {
            return true;
        }
        if (!canTrace() || isOurs(channel)) {
            ours.add(channel);
            return true;
        }
        channel.close();
        return false;
    }

    private static Document refusal() {
        return new Document("ok", 0.0).append("errmsg", REFUSAL).append("code", 13).append("codeName", "Unauthorized");
    }

    /** Whether the peer of {@code channel} is a socket this process holds. */
    private static boolean isOurs(Channel channel) {
        if (!(channel.remoteAddress() instanceof InetSocketAddress peer)
                || !(channel.localAddress() instanceof InetSocketAddress local)) {
            return false;
        }
        Optional<String> inode = socketInode(peer.getPort(), local.getPort());
        if (inode.isEmpty()) {
            return false;
        }
        String link = "socket:[" + inode.get() + "]";
        try (Stream<Path> fds = Files.list(OWN_FDS)) {
            return fds.anyMatch(fd -> {
                try {
                    return link.equals(Files.readSymbolicLink(fd).toString());
                } catch (IOException gone) {
                    return false;
                }
            });
        } catch (IOException e) {
            return false;
        }
    }

    /** The inode of the socket whose own port is {@code port} and whose peer's port is {@code peerPort}. */
    private static Optional<String> socketInode(int port, int peerPort) {
        String own = ":" + String.format(Locale.ROOT, "%04X", port);
        String peer = ":" + String.format(Locale.ROOT, "%04X", peerPort);
        for (Path table : SOCKET_TABLES) {
            try (Stream<String> lines = Files.lines(table)) {
                Optional<String> inode = lines.skip(1).map(String::trim).map(line -> line.split("\\s+"))
                        .filter(f -> f.length > 9 && f[1].endsWith(own) && f[2].endsWith(peer))
                        .map(f -> f[9]).findFirst();
                if (inode.isPresent()) {
                    return inode;
                }
            } catch (IOException | RuntimeException unreadable) {
                // no such table (no IPv6, say): look in the next one
            }
        }
        return Optional.empty();
    }

    @Override
    public void dropDatabase(String database) {
        backend.dropDatabase(database);
    }

    @Override
    public Collection<Document> getCurrentOperations(MongoQuery query) {
        return admitted(query.getChannel()) ? backend.getCurrentOperations(query) : List.of();
    }

    @Override
    public Document getServerStatus() {
        return backend.getServerStatus();
    }

    @Override
    public void close() {
        backend.close();
    }

    @Override
    public void closeCursors(List<Long> cursorIds) {
        backend.closeCursors(cursorIds);
    }

    @Override
    public Clock getClock() {
        return backend.getClock();
    }

    @Override
    public void enableOplog() {
        backend.enableOplog();
    }

    @Override
    public void disableOplog() {
        backend.disableOplog();
    }

    @Override
    public MongoDatabase resolveDatabase(String database) {
        return backend.resolveDatabase(database);
    }

    @Override
    public MongoBackend version(MongoVersion version) {
        backend.version(version);
        return this;
    }
}

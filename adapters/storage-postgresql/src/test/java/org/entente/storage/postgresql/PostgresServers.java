package org.entente.storage.postgresql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server of a test run: the one {@code ENTENTE_POSTGRES_URL} names (a JDBC URL with its user and
 * password, on a server where the tests may create databases), or else one this JVM starts from the installed
 * binaries (Debian's {@code postgresql} package: {@code pg_config --bindir}) in a temporary folder, on a free
 * loopback port, as the {@code postgres} user when the tests run as root (PostgreSQL refuses to run as root), and
 * stops when the JVM ends. Where neither is possible every test that asks for it is skipped with the reason;
 * with {@code ENTENTE_REQUIRE_POSTGRES=true} (as {@code .ci/run} sets it) that is a failure instead.
 *
 * <p>The local server runs with {@code fsync=off}: the tests check what the store does, not the disk under it.
 */
public final class PostgresServers {
    public static final String URL = "ENTENTE_POSTGRES_URL";
    public static final String REQUIRED = "ENTENTE_REQUIRE_POSTGRES";
    private static final int OLDEST_VERSION = 15;
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(90);
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static Server server;
    private static LocalServer local;
    private static String unavailable;

    private PostgresServers() {
    }

    /** A server and how to reach it as a superuser (or a user allowed to create databases). */
    public record Server(String host, int port, String database, String user, String password, String description) {
        /** The JDBC URL of {@code name} on this server. */
        public String url(String name) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + name;
        }
    }

    /** The server of this run, started on the first call; skips (or, when required, fails) the test without one. */
    public static synchronized Server server() {
        if (server == null && unavailable == null) {
            try {
                server = find();
            } catch (RuntimeException e) {
                unavailable = e.getMessage();
            }
        }
        if (server == null) {
            if (Boolean.parseBoolean(System.getenv(REQUIRED))) {
                throw new IllegalStateException("PostgreSQL is required here (" + REQUIRED + "=true) but "
                        + unavailable);
            }
            Assumptions.abort("no PostgreSQL for this test: " + unavailable);
        }
        return server;
    }

    /**
     * A database of its own on the server, created empty under a name that starts with {@code prefix}; its JDBC URL.
     */
    public static String freshDatabase(String prefix) {
        Server s = server();
        String name = prefix + "_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        execute(s, "CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        return s.url(name);
    }

    /** The database {@code name}, created when missing (with what it held when present); its JDBC URL. */
    public static String database(String name) {
        Server s = server();
        try (Connection c = connect(s, s.url(s.database()))) {
            boolean exists;
            try (var query = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                query.setString(1, name);
                exists = query.executeQuery().next();
            }
            if (!exists) {
                try (var create = c.createStatement()) {
                    create.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + name + " on " + s.description(), e);
        }
        return s.url(name);
    }

    /** Drops a database {@link #freshDatabase} made, closing the connections left to it. */
    public static void drop(String url) {
        Server s = server();
        execute(s, "DROP DATABASE IF EXISTS " + url.substring(url.lastIndexOf('/') + 1) + " WITH (FORCE)");
    }

    private static void execute(Server s, String statement) {
        try (Connection c = connect(s, s.url(s.database())); var st = c.createStatement()) {
            st.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + " failed on " + s.description() + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(Server s, String url) throws SQLException {
        return DriverManager.getConnection(url, s.user(), s.password());
    }

    private static Server find() {
        String configured = System.getenv(URL);
        if (configured != null && !configured.isBlank()) {
            return configured(configured.strip());
        }
        local = LocalServer.start();
        return local.server;
    }

    /**
     * Stops the tests' own server as a crash would ({@code pg_ctl stop -m immediate}: every server process aborted, no
     * checkpoint, crash recovery at the next start), then starts it again on the same folder and port. Skips the test
     * on a server the tests did not start.
     */
    public static synchronized void crashAndRecover() {
        server();
        if (local == null) {
            Assumptions.abort("the tests crash only a server they started, not the one of " + URL);
        }
        local.crash();
        local.recover();
    }

    /** The server of a JDBC URL such as {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres&password=…}. */
    private static Server configured(String url) {
        var matcher = java.util.regex.Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([^?]*)(?:\\?(.*))?")
                .matcher(url);
        if (!matcher.matches()) {
            throw new IllegalStateException(URL + " is not a JDBC URL such as "
                    + "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres&password=secret: " + url);
        }
        String user = "postgres";
        String password = "";
        if (matcher.group(4) != null) {
            for (String pair : matcher.group(4).split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv[0].equals("user")) {
                    user = kv.length > 1 ? kv[1] : "";
                } else if (kv[0].equals("password")) {
                    password = kv.length > 1 ? kv[1] : "";
                }
            }
        }
        String database = matcher.group(3).isEmpty() ? "postgres" : matcher.group(3);
        Server s = new Server(matcher.group(1), matcher.group(2) == null ? 5432 : Integer.parseInt(matcher.group(2)),
                database, user, password, "the server of " + URL + " (" + matcher.group(1) + ")");
        try (Connection c = connect(s, s.url(database))) {
            return s;
        } catch (SQLException e) {
            throw new IllegalStateException(URL + " names a server that does not answer: " + e.getMessage(), e);
        }
    }

    /** A server of the installed binaries in a temporary folder, stopped and deleted when the JVM ends. */
    private static final class LocalServer {
        private final Server server;
        private final boolean root;
        private final Path bin;
        private final Path folder;
        private final Path data;

        private LocalServer(Server server, boolean root, Path bin, Path folder, Path data) {
            this.server = server;
            this.root = root;
            this.bin = bin;
            this.folder = folder;
            this.data = data;
        }

        private static LocalServer start() {
            Path bin = binaries().orElseThrow(() -> new IllegalStateException("no PostgreSQL " + OLDEST_VERSION
                    + " or later is installed here (Debian: apt-get install postgresql), and " + URL + " is unset"));
            boolean root = "root".equals(System.getProperty("user.name"));
            Path folder;
            try {
                folder = Files.createTempDirectory("entente-postgres-");
                if (root) {
                    owned(folder);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path data = folder.resolve("data");
            run(root, folder, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                    "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync");
            int port = freePort();
            try {
                Files.writeString(data.resolve("postgresql.conf"), String.join("\n",
                        "", "# the tests' own server (PostgresServers)", "port = " + port,
                        "listen_addresses = '127.0.0.1'", "unix_socket_directories = '" + folder + "'",
                        "fsync = off", "full_page_writes = off", "max_connections = 60", "shared_buffers = 64MB",
                        ""), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String version = run(false, folder, bin.resolve("postgres").toString(), "--version").strip();
            LocalServer local = new LocalServer(new Server("127.0.0.1", port, "postgres", "postgres", "",
                    version + " started by the tests in " + folder + " on 127.0.0.1:" + port), root, bin, folder, data);
            local.recover();
            Runtime.getRuntime().addShutdownHook(new Thread(local::stop, "postgres-stop"));
            return local;
        }

        /** Starts the server on its folder, waiting until it takes connections. */
        private void recover() {
            run(root, folder, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                    folder.resolve("server.log").toString(), "-w", "-t", "60", "start");
        }

        private void crash() {
            run(root, folder, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop");
        }

        /** The folder of {@code initdb}, {@code pg_ctl} and {@code postgres}: pg_config's, or Debian's newest. */
        private static Optional<Path> binaries() {
            List<Path> candidates = new ArrayList<>();
            try {
                Process config = new ProcessBuilder("pg_config", "--bindir").redirectErrorStream(true).start();
                String out = new String(config.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (config.waitFor(10, TimeUnit.SECONDS) && config.exitValue() == 0) {
                    candidates.add(Path.of(out));
                }
            } catch (IOException e) {
                // no pg_config on the path: look where Debian puts the server
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Path debian = Path.of("/usr/lib/postgresql");
            if (Files.isDirectory(debian)) {
                try (Stream<Path> versions = Files.list(debian)) {
                    versions.filter(v -> v.getFileName().toString().matches("\\d+"))
                            .sorted(Comparator.comparing((Path v) -> Integer.parseInt(v.getFileName().toString()))
                                    .reversed())
                            .forEach(v -> candidates.add(v.resolve("bin")));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return candidates.stream().filter(LocalServer::isServer).findFirst();
        }

        private static boolean isServer(Path bin) {
            if (!Files.isExecutable(bin.resolve("initdb")) || !Files.isExecutable(bin.resolve("pg_ctl"))
                    || !Files.isExecutable(bin.resolve("postgres"))) {
                return false;
            }
            var version = java.util.regex.Pattern.compile("(\\d+)").matcher(
                    run(false, Path.of("."), bin.resolve("postgres").toString(), "--version"));
            return version.find() && Integer.parseInt(version.group(1)) >= OLDEST_VERSION;
        }

        private static void owned(Path folder) throws IOException {
            UserPrincipal postgres;
            try {
                postgres = folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            } catch (UserPrincipalNotFoundException e) {
                throw new IllegalStateException("the tests run as root, which PostgreSQL refuses to run as, and there "
                        + "is no postgres user to run it as", e);
            }
            Files.setOwner(folder, postgres);
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void stop() {
            try {
                crash();
            } catch (RuntimeException e) {
                // the JVM is ending: what is left of the folder is in the temporary directory, for the machine to clear
            }
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                // as above
            }
        }

        /** Runs a command (as {@code postgres} when {@code asPostgres}), and returns its output; fails on exit ≠ 0. */
        private static String run(boolean asPostgres, Path folder, String... command) {
            List<String> line = new ArrayList<>();
            if (asPostgres) {
                line.addAll(List.of("runuser", "-u", "postgres", "--"));
            }
            line.addAll(List.of(command));
            try {
                Process process = new ProcessBuilder(line).directory(folder.toFile()).redirectErrorStream(true)
                        .start();
                process.getOutputStream().close();
                byte[] out = process.getInputStream().readAllBytes();
                if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", line) + " did not finish in " + COMMAND_TIMEOUT);
                }
                String output = new String(out, StandardCharsets.UTF_8);
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", line) + " failed (exit " + process.exitValue()
                            + "): " + output.strip() + serverLog(folder));
                }
                return output;
            } catch (IOException e) {
                throw new IllegalStateException(String.join(" ", line) + " could not run: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String serverLog(Path folder) {
            Path log = folder.resolve("server.log");
            try {
                return Files.exists(log) ? "\n" + Files.readString(log) : "";
            } catch (IOException e) {
                return "";
            }
        }
    }
}

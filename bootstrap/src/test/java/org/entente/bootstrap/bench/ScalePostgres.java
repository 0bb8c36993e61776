package org.entente.bootstrap.bench;

import java.util.List;
import org.entente.storage.postgresql.PostgresServers;
import org.opentest4j.TestAbortedException;

/**
 * The PostgreSQL the scale benchmark's {@code postgresql} store runs on: the server the PostgreSQL tests use
 * ({@link PostgresServers}: the one {@code ENTENTE_POSTGRES_URL} names, or one started from the installed binaries as
 * the {@code postgres} user in a temporary folder on a free loopback port, stopped when the benchmark ends), with a
 * fresh database for every service the benchmark starts, since each imports its data set into an empty store. The
 * benchmark runs one service at a time, so the database of the last one is dropped when the next one is made.
 */
final class ScalePostgres {
    /** The argument that stands for the service's arguments of a fresh database. */
    static final String FRESH_DATABASE = "{postgresql}";

    private static String last;

    private ScalePostgres() {
    }

    /** The service's arguments for a database of its own, empty, on the benchmark's server. */
    static synchronized List<String> freshDatabase() {
        PostgresServers.Server server;
        try {
            server = PostgresServers.server();
        } catch (TestAbortedException e) {
            throw new IllegalStateException(e.getMessage().replace("for this test", "for the benchmark"));
        }
        if (last != null) {
            PostgresServers.drop(last);
        } else {
            System.out.println("PostgreSQL for the benchmark: " + server.description());
            Runtime.getRuntime().addShutdownHook(new Thread(ScalePostgres::dropLast, "scale-postgres-drop"));
        }
        last = PostgresServers.freshDatabase("entente_scale");
        return List.of("--entente.storage=postgresql", "--spring.datasource.url=" + last,
                "--spring.datasource.username=" + server.user(), "--spring.datasource.password=" + server.password());
    }

    /** On a server of ENTENTE_POSTGRES_URL's, leaves no database behind; a server of its own goes with its folder. */
    private static synchronized void dropLast() {
        try {
            PostgresServers.drop(last);
        } catch (RuntimeException e) {
            // the benchmark's own server may be stopping at the same time, taking the database with it
        }
    }
}

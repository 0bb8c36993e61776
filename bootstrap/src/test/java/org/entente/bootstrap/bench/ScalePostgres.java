package org.entente.bootstrap.bench;

import java.util.List;
import org.entente.storage.postgresql.PostgresServers;
import org.opentest4j.TestAbortedException;

/**
 * The PostgreSQL the scale benchmark's {@code postgresql} store runs on: the server the PostgreSQL tests use
 * ({@link PostgresServers}: the one {@code ENTENTE_POSTGRES_URL} names, or one started from the installed binaries as
 * the {@code postgres} user in a temporary folder on a free loopback port, stopped when the benchmark ends), with a
 * fresh database for every service the benchmark starts, since each imports its data set into an empty store. The
 * services of every size of a store run at once ({@link StoreAcrossSizes}), so the databases are dropped when the
 * benchmark ends.
 */
final class ScalePostgres {
    /** The argument that stands for the service's arguments of a fresh database. */
    static final String FRESH_DATABASE = "{postgresql}";

    private static final List<String> made = new java.util.ArrayList<>();

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
        if (made.isEmpty()) {
            System.out.println("PostgreSQL for the benchmark: " + server.description());
            Runtime.getRuntime().addShutdownHook(new Thread(ScalePostgres::dropAll, "scale-postgres-drop"));
        }
        String database = PostgresServers.freshDatabase("entente_scale");
        made.add(database);
        return List.of("--entente.storage=postgresql", "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + server.user(), "--spring.datasource.password=" + server.password());
    }

    /** On a server of ENTENTE_POSTGRES_URL's, leaves no database behind; a server of its own goes with its folder. */
    private static synchronized void dropAll() {
        for (String database : made) {
            try {
                PostgresServers.drop(database);
            } catch (RuntimeException e) {
                // the benchmark's own server may be stopping at the same time, taking the database with it
            }
        }
    }
}

package org.entente.storage.postgresql;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.entente.application.port.out.AggregateStore;
import org.entente.application.port.out.Storage;
import org.entente.domain.common.RecordKind;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Every port over one PostgreSQL database: one table per aggregate, one row per record, the revision log and the
 * idempotency receipts, and units of work that are transactions. The schema is Flyway's migrations under
 * {@code org/entente/storage/postgresql/schema}, applied by {@link #open} before anything is served; its history is
 * the table {@code entente_schema_history}.
 */
public final class PostgresStorage {
    static final String SCHEMA_HISTORY = "entente_schema_history";

    private final PostgresSite site;
    private final Storage storage;

    private PostgresStorage(PostgresSite site) {
        this.site = site;
        this.storage = Storage.of(kind -> port(kind, site), new PostgresRevisions(site), new PostgresReceipts(site),
                site.units());
    }

    /** This adapter's port for {@code kind}'s records, one table each; a kind without one does not compile. */
    private static AggregateStore<?, ?> port(RecordKind kind, PostgresSite site) {
        return switch (kind) {
            case SOURCE -> new PostgresSources(site);
            case ORGANIZATION -> new PostgresOrganizations(site);
            case PERSON -> new PostgresPersons(site);
            case RELATION -> new PostgresRelations(site);
            case MECHANISM -> new PostgresMechanisms(site);
            case VISIT -> new PostgresVisits(site);
            case MEETING -> new PostgresMeetings(site);
            case INSTRUMENT -> new PostgresInstruments(site);
            case INVITATION -> new PostgresInvitations(site);
            case EVENT -> new PostgresEvents(site);
        };
    }

    /**
     * The ports over {@code dataSource}'s database, once its schema is migrated to this version's (an empty database
     * gets every table; one migrated before gets what came since). The data source's connections must be to
     * PostgreSQL 15 or later and each run with {@code synchronous_commit=on} for a unit to be durable when it returns.
     */
    public static PostgresStorage open(DataSource dataSource) {
        migrate(dataSource);
        PostgresStorage store = new PostgresStorage(new PostgresSite(dataSource));
        if (store.settings().synchronousCommit().equals("off")) {
            throw new PostgresUnavailableException("the server runs this service's connections with "
                    + "synchronous_commit=off, so a write it answered could be lost in a crash: run them with "
                    + "synchronous_commit=on (the service's own pool does, unless "
                    + "spring.datasource.hikari.connection-init-sql says otherwise)", null);
        }
        return store;
    }

    /** Applies the migrations the database lacks; refuses one whose schema history this version does not know. */
    public static void migrate(DataSource dataSource) {
        try {
            Flyway.configure(PostgresStorage.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:org/entente/storage/postgresql/schema")
                    .table(SCHEMA_HISTORY)
                    // a migration this version does not know (a later version's) is a refusal, not ignored
                    .ignoreMigrationPatterns(new String[0])
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            String first = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            Matcher later = Pattern.compile("not resolved locally: ([^\\s]+?)\\.?(\\s|$)")
                    .matcher(e.getMessage() == null ? "" : e.getMessage());
            if (later.find()) {
                throw new PostgresUnavailableException("the database was migrated by a later version of Entente (its "
                        + SCHEMA_HISTORY + " holds migration " + later.group(1) + ", which this version does not "
                        + "know): run that version, or this one on a database of its own", e);
            }
            if (first.contains("non-empty schema")) {
                throw new PostgresUnavailableException("the database holds tables of something else and no Entente "
                        + "schema history (" + SCHEMA_HISTORY + "): give Entente an empty database of its own", e);
            }
            throw new PostgresUnavailableException("the database's schema cannot be brought to this version's: "
                    + first + " (an empty database, or one an earlier version of Entente migrated, is what it needs)",
                    e);
        }
    }

    /** Which server, which database as whom, and what a commit waits for: one line for the start-up log. */
    public String description() {
        Settings s = settings();
        return "PostgreSQL " + s.version() + " at " + (s.address() == null ? "a local socket" : s.address() + ":"
                + s.port()) + ", database " + s.database() + " as " + s.user() + " (every answered write committed "
                + "with synchronous_commit=" + s.synchronousCommit() + (s.fsync().equals("on") ? ""
                : "; fsync=off on this server: a crash of the machine may lose what was answered") + ")";
    }

    private Settings settings() {
        return site.query(new Sql("SELECT current_setting('server_version') AS version, host(inet_server_addr()) AS "
                + "address, inet_server_port() AS port, current_database() AS database, current_user AS who, "
                + "current_setting('synchronous_commit') AS synchronous_commit, current_setting('fsync') AS fsync"),
                (row, n) -> new Settings(row.getString("version"), row.getString("address"), row.getInt("port"),
                        row.getString("database"), row.getString("who"), row.getString("synchronous_commit"),
                        row.getString("fsync"))).get(0);
    }

    private record Settings(String version, String address, int port, String database, String user,
                            String synchronousCommit, String fsync) {
    }

    public Storage storage() {
        return storage;
    }

    /** How many records the ports have read back from the server so far: the meter of BoundedReadsContract. */
    public long recordsRead() {
        return site.recordsRead();
    }
}

package org.entente.storage.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import org.entente.domain.geo.CountryPair;
import org.entente.domain.relation.BilateralRelation;
import org.entente.domain.relation.RelationId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What opening the store does to a database: an empty one gets the schema (its GIN indexes without a pending list),
 * one migrated before keeps what it holds, one that holds something else, or a schema from a later version, is
 * refused in one line, and so are connections that would answer writes before they are durable.
 */
class PostgresStartTest {
    private String url;

    @BeforeEach
    void makeAFreshDatabase() {
        url = PostgresServers.freshDatabase("entente_start");
    }

    @AfterEach
    void dropIt() {
        PostgresServers.drop(url);
    }

    @Test
    void anEmptyDatabaseGetsTheSchemaAndOneMigratedBeforeKeepsWhatItHolds() {
        try (HikariDataSource first = ContractDatabase.dataSource(url)) {
            PostgresStorage store = PostgresStorage.open(first);
            store.storage().relations().save(new BilateralRelation(new RelationId("jp-vn"), CountryPair.of("JP", "VN"),
                    List.of(), 0));
            assertThat(store.description()).startsWith("PostgreSQL ").contains("synchronous_commit=on");
            // no GIN index keeps a pending list, which every read would scan until a vacuum merged it
            assertThat(JdbcClient.create(first).sql("SELECT c.relname || ' ' || coalesce(array_to_string(c.reloptions, "
                    + "','), '') FROM pg_class c JOIN pg_am a ON a.oid = c.relam WHERE a.amname = 'gin' AND "
                    + "c.relnamespace = current_schema()::regnamespace ORDER BY 1").query(String.class).list())
                    .containsExactly("instruments_parties fastupdate=off", "invitations_persons fastupdate=off",
                            "meetings_areas fastupdate=off", "meetings_attendees fastupdate=off",
                            "persons_name_starts fastupdate=off");
        }
        try (HikariDataSource again = ContractDatabase.dataSource(url)) {
            PostgresStorage store = PostgresStorage.open(again);
            assertThat(store.storage().relations().findByCountries(CountryPair.of("VN", "JP")))
                    .map(BilateralRelation::version).contains(1L);
            assertThat(JdbcClient.create(again).sql("SELECT count(*) FROM " + PostgresStorage.SCHEMA_HISTORY
                    + " WHERE success").query(Long.class).single()).isEqualTo(1);
        }
    }

    @Test
    void aDatabaseOfSomethingElseIsRefusedInOneLine() {
        try (HikariDataSource dataSource = ContractDatabase.dataSource(url)) {
            JdbcClient.create(dataSource).sql("CREATE TABLE invoices (id integer)").update();
            assertThatThrownBy(() -> PostgresStorage.open(dataSource))
                    .isInstanceOf(PostgresUnavailableException.class)
                    .hasMessage("the database holds tables of something else and no Entente schema history "
                            + "(entente_schema_history): give Entente an empty database of its own");
        }
    }

    @Test
    void aSchemaFromALaterVersionIsRefusedInOneLine() {
        try (HikariDataSource dataSource = ContractDatabase.dataSource(url)) {
            PostgresStorage.open(dataSource);
            JdbcClient.create(dataSource).sql("INSERT INTO " + PostgresStorage.SCHEMA_HISTORY + " (installed_rank, "
                    + "version, description, type, script, checksum, installed_by, execution_time, success) VALUES "
                    + "(2, '2', 'from a later version', 'SQL', 'V2__later.sql', 0, 'postgres', 1, true)").update();
            assertThatThrownBy(() -> PostgresStorage.open(dataSource))
                    .isInstanceOf(PostgresUnavailableException.class)
                    .hasMessage("the database was migrated by a later version of Entente (its entente_schema_history "
                            + "holds migration 2, which this version does not know): run that version, or this one on "
                            + "a database of its own");
        }
    }

    @Test
    void connectionsThatAnswerBeforeACommitIsDurableAreRefused() {
        try (HikariDataSource dataSource = ContractDatabase.dataSource(url)) {
            JdbcClient.create(dataSource).sql("ALTER DATABASE " + url.substring(url.lastIndexOf('/') + 1)
                    + " SET synchronous_commit = off").update();
        }
        try (HikariDataSource lax = ContractDatabase.dataSource(url, null)) {
            assertThatThrownBy(() -> PostgresStorage.open(lax))
                    .isInstanceOf(PostgresUnavailableException.class)
                    .hasMessageStartingWith("the server runs this service's connections with synchronous_commit=off");
        }
    }
}

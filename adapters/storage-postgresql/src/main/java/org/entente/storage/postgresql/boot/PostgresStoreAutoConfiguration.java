package org.entente.storage.postgresql.boot;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.entente.application.port.out.RunningStore;
import org.entente.application.port.out.Storage;
import org.entente.application.port.out.StoreOffer;
import org.entente.storage.postgresql.PostgresStorage;
import org.entente.storage.postgresql.PostgresUnavailableException;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Offers PostgreSQL to a Spring Boot service by the name {@code postgresql}, and runs the service on it when
 * {@code entente.storage=postgresql}: the database of Spring Boot's own {@code spring.datasource.url},
 * {@code .username} and {@code .password}, through a HikariCP pool that {@code spring.datasource.hikari.*} tunes
 * (docs/operations.md). The pool is built here rather than by Spring Boot's DataSource auto-configuration, which
 * would act on every store's service; each of its connections runs with {@code synchronous_commit=on} and without
 * parallel workers.
 */
@AutoConfiguration
public class PostgresStoreAutoConfiguration {
    static final String NAME = "postgresql";
    private static final String URL = "spring.datasource.url";
    /**
     * What every connection runs first unless {@code spring.datasource.hikari.connection-init-sql} says otherwise:
     * commits answered once durable, and no parallel workers, whose start costs many times what a branch of a page
     * of many parents reads (a few rows through an index), yet which the planner picks for a statement of many.
     */
    static final String CONNECTION_INIT_SQL = "SET synchronous_commit = on; SET max_parallel_workers_per_gather = 0";

    @Bean
    StoreOffer postgresStoreOffer() {
        return new StoreOffer(NAME);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "entente.storage", havingValue = NAME)
    RunningStore postgresStore(Environment environment) {
        HikariDataSource dataSource = pool(environment);
        try {
            PostgresStorage store = PostgresStorage.open(dataSource);
            String description = store.description();
            return new RunningStore() {
                @Override
                public Storage storage() {
                    return store.storage();
                }

                @Override
                public String description() {
                    return description;
                }

                /** One query on a pooled connection: the pool's connection-timeout bounds the wait for one. */
                @Override
                public void probe() {
                    try (Connection connection = dataSource.getConnection();
                         Statement statement = connection.createStatement()) {
                        statement.execute("SELECT 1");
                    } catch (SQLException e) {
                        throw new IllegalStateException("PostgreSQL did not answer: " + e.getMessage(), e);
                    }
                }

                @Override
                public void close() {
                    dataSource.close();
                }
            };
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /** The pool of {@code spring.datasource.*}, connected once already: a server that does not answer stops the start. */
    static HikariDataSource pool(Environment environment) {
        String url = environment.getProperty(URL, "").strip();
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new PostgresUnavailableException("entente.storage=postgresql needs " + URL + " to be a PostgreSQL JDBC "
                    + "URL such as jdbc:postgresql://127.0.0.1:5432/entente, " + (url.isEmpty() ? "and it is unset"
                    : "not '" + url + "'"), null);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("entente-postgresql");
        config.setConnectionInitSql(CONNECTION_INIT_SQL);
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(config));
        config.setJdbcUrl(url);
        config.setUsername(environment.getProperty("spring.datasource.username"));
        config.setPassword(environment.getProperty("spring.datasource.password"));
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new PostgresUnavailableException("PostgreSQL at " + withoutParameters(url) + " (" + URL
                    + ") did not let the service in: " + cause.getMessage(), e);
        }
    }

    /** The URL without what follows {@code ?}, where a password may be. */
    static String withoutParameters(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}

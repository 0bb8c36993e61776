package org.entente.storage.postgresql.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.HashMap;
import java.util.Map;
import org.entente.storage.postgresql.PostgresServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The service's pool: each connection commits durably and plans without parallel workers, unless the operator's
 * {@code spring.datasource.hikari.connection-init-sql} says otherwise.
 */
class PostgresPoolTest {
    private static String url;

    @BeforeAll
    static void database() {
        url = PostgresServers.freshDatabase("entente_pool");
    }

    @AfterAll
    static void drop() {
        if (url != null) {
            PostgresServers.drop(url);
        }
    }

    @Test
    void everyConnectionCommitsDurablyAndPlansWithoutParallelWorkers() {
        try (HikariDataSource pool = PostgresStoreAutoConfiguration.pool(environment(Map.of()))) {
            assertThat(JdbcClient.create(pool).sql("SELECT current_setting('synchronous_commit') || ' ' || "
                    + "current_setting('max_parallel_workers_per_gather')").query(String.class).single())
                    .isEqualTo("on 0");
        }
    }

    @Test
    void theOperatorsInitSqlReplacesIt() {
        try (HikariDataSource pool = PostgresStoreAutoConfiguration.pool(environment(Map.of(
                "spring.datasource.hikari.connection-init-sql", "SET max_parallel_workers_per_gather = 1")))) {
            assertThat(JdbcClient.create(pool).sql("SELECT current_setting('max_parallel_workers_per_gather')")
                    .query(String.class).single()).isEqualTo("1");
        }
    }

    private static StandardEnvironment environment(Map<String, Object> more) {
        Map<String, Object> properties = new HashMap<>(more);
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", PostgresServers.server().user());
        properties.put("spring.datasource.password", PostgresServers.server().password());
        properties.put("spring.datasource.hikari.maximum-pool-size", "2");
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}

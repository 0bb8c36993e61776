package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.entente.application.port.in.ExportDataSet;
import org.entente.application.port.out.RunningStore;
import org.entente.storage.mongodb.MongoCommandCounter;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** The properties that choose the store, and the error a wrong value gets. */
class StoreChoiceTest {
    @Test
    void the_memory_store_needs_no_mongodb_and_is_seeded_too() {
        try (ConfigurableApplicationContext service = Services.start("--entente.storage=memory")) {
            RunningStore store = service.getBean(RunningStore.class);
            assertThat(store.description()).startsWith("in-memory store");
            assertThat(service.getBeanProvider(MongoCommandCounter.class).getIfAvailable()).isNull();
            assertThat(service.getBean(ExportDataSet.class).storeIsEmpty()).isFalse();
        }
    }

    @Test
    void the_embedded_server_in_memory_says_its_data_is_lost_at_shutdown() {
        try (ConfigurableApplicationContext service = Services.start("--entente.storage.embedded.backend=memory")) {
            assertThat(service.getBean(RunningStore.class).description())
                    .startsWith("embedded MongoDB (mongo-java-server) at mongodb://127.0.0.1:")
                    .contains("data in memory (lost at shutdown)");
        }
    }

    @Test
    void an_unknown_store_is_refused_naming_the_property_and_the_choices() {
        assertThatThrownBy(() -> Services.start("--entente.storage=cassandra").close())
                .rootCause().hasMessage("entente.storage=cassandra is not one of the stores on the class path: memory, "
                        + "mongodb, postgresql");
        assertThatThrownBy(() -> Services.start("--entente.storage.embedded.backend=disk").close())
                .rootCause().hasMessage("entente.storage.embedded.backend=disk is not one of file, memory");
    }

    @Test
    void postgresql_without_a_jdbc_url_or_a_server_is_refused_naming_the_property() {
        assertThatThrownBy(() -> Services.start("--entente.storage=postgresql").close())
                .rootCause().hasMessage("entente.storage=postgresql needs spring.datasource.url to be a PostgreSQL JDBC "
                        + "URL such as jdbc:postgresql://127.0.0.1:5432/entente, and it is unset");
        assertThatThrownBy(() -> Services.start("--entente.storage=postgresql",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/entente?password=secret",
                "--spring.datasource.hikari.connection-timeout=250").close())
                .hasStackTraceContaining("PostgreSQL at jdbc:postgresql://127.0.0.1:1/entente (spring.datasource.url) "
                        + "did not let the service in: Connection to 127.0.0.1:1 refused")
                .satisfies(e -> assertThat(java.util.stream.Stream.iterate(e, t -> t != null, Throwable::getCause)
                        .map(Throwable::getMessage)).as("what the failure says").noneMatch(m -> m != null
                        && m.contains("secret")));
    }

    @Test
    void a_malformed_uri_is_refused_naming_the_property() {
        assertThatThrownBy(() -> Services.start("--spring.mongodb.uri=postgres://localhost").close())
                .hasStackTraceContaining("spring.mongodb.uri (or MONGODB_URI) is not a MongoDB connection string");
    }
}

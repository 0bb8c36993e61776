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
                        + "mongodb");
        assertThatThrownBy(() -> Services.start("--entente.storage.embedded.backend=disk").close())
                .rootCause().hasMessage("entente.storage.embedded.backend=disk is not one of file, memory");
    }

    @Test
    void a_malformed_uri_is_refused_naming_the_property() {
        assertThatThrownBy(() -> Services.start("--spring.mongodb.uri=postgres://localhost").close())
                .hasStackTraceContaining("spring.mongodb.uri (or MONGODB_URI) is not a MongoDB connection string");
    }
}

package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.application.dataset.DataSet;
import org.entente.application.port.in.ExportDataSet;
import org.entente.application.port.out.RunningStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** The default store keeps its data in a file: a service stopped and started again finds every record as it was. */
class RestartTest {
    @TempDir
    Path dir;

    @Test
    void a_restarted_service_finds_every_record_at_the_same_version() {
        Path file = dir.resolve("data/entente.mv");
        DataSet before;
        try (ConfigurableApplicationContext first = Services.start("--entente.storage.embedded.path=" + file)) {
            assertThat(first.getBean(RunningStore.class).description()).contains(file.toString(), "H2 MVStore");
            before = first.getBean(ExportDataSet.class).exportDataSet();
        }
        assertThat(Files.exists(file)).isTrue();
        assertThat(before.meetings()).isNotEmpty();
        assertThat(before.meetings()).allSatisfy(meeting -> assertThat(meeting.version()).isEqualTo(1));

        try (ConfigurableApplicationContext second = Services.start("--entente.storage.embedded.path=" + file)) {
            DataSet after = second.getBean(ExportDataSet.class).exportDataSet();
            assertThat(after).isEqualTo(before);
        }
    }
}

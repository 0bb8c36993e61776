package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.application.dataset.DataSet;
import org.entente.application.port.in.ExportDataSet;
import org.entente.dataset.ShippedDataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** Import and export from the command line, as docs/data.md describes them. */
class DataSetFilesTest {
    @TempDir
    Path dir;

    @Test
    void export_then_import_into_an_empty_store_then_export_gives_the_same_file() throws IOException {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        run("--entente.storage.embedded.path=" + dir.resolve("a.mv"));
        run("--entente.storage.embedded.path=" + dir.resolve("a.mv"), "--entente.export=" + first);
        run("--entente.storage.embedded.path=" + dir.resolve("b.mv"), "--entente.seed.enabled=false",
                "--entente.import=" + first, "--entente.export=" + second);

        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
        try (var shipped = ShippedDataSet.open()) {
            assertThat(Files.readAllBytes(first)).isEqualTo(shipped.readAllBytes());
        }
    }

    @Test
    void importing_what_the_store_holds_changes_nothing_versions_included() {
        Path store = dir.resolve("c.mv");
        Path exported = dir.resolve("exported.json");
        DataSet exportedFromEmpty;
        try (ConfigurableApplicationContext first = Services.start("--entente.storage.embedded.path=" + store,
                "--entente.export=" + exported)) {
            exportedFromEmpty = first.getBean(ExportDataSet.class).exportDataSet();
        }
        assertThat(exportedFromEmpty.meetings()).isEmpty(); // an export alone never seeds
        run("--entente.storage.embedded.path=" + store);
        DataSet before;
        try (ConfigurableApplicationContext loaded = Services.start("--entente.storage.embedded.path=" + store)) {
            before = loaded.getBean(ExportDataSet.class).exportDataSet();
        }
        run("--entente.storage.embedded.path=" + store, "--entente.export=" + exported);
        for (int time = 0; time < 2; time++) {
            try (ConfigurableApplicationContext again = Services.start("--entente.storage.embedded.path=" + store,
                    "--entente.import=" + exported)) {
                assertThat(again.getBean(ExportDataSet.class).exportDataSet()).isEqualTo(before);
            }
        }
        assertThat(before.meetings()).isNotEmpty().allSatisfy(m -> assertThat(m.version()).isEqualTo(1));
    }

    @Test
    void an_invalid_file_stops_the_start_names_its_problems_and_stores_nothing() throws IOException {
        Path broken = dir.resolve("broken.json");
        String shipped;
        try (var in = ShippedDataSet.open()) {
            shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Files.writeString(broken, shipped.replaceFirst("\"HOST\"", "\"HOTS\""));
        Path store = dir.resolve("d.mv");

        assertThatThrownBy(() -> run("--entente.storage.embedded.path=" + store, "--entente.seed.enabled=false",
                "--entente.import=" + broken))
                .rootCause().hasMessageContaining("broken.json").hasMessageContaining("nothing of it was stored")
                .hasMessageContaining("'HOTS' is not one of");
        try (ConfigurableApplicationContext after = Services.start("--entente.storage.embedded.path=" + store,
                "--entente.seed.enabled=false")) {
            assertThat(after.getBean(ExportDataSet.class).storeIsEmpty()).isTrue();
        }
    }

    private static void run(String... arguments) {
        Services.start(arguments).close();
    }
}

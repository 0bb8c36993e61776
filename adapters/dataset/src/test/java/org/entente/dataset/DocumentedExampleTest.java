package org.entente.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.entente.application.dataset.DataSet;
import org.entente.application.dataset.DataSets;
import org.entente.storage.memory.InMemoryStorage;
import org.junit.jupiter.api.Test;

/** The example in docs/data.md is a valid file, importable, in the writer's exact form. */
class DocumentedExampleTest {
    private final String example = DocumentedExample.json();
    private final DataSet set = new DataSetReader().read(example.getBytes(StandardCharsets.UTF_8), "docs/data.md");

    @Test
    void reads_and_passes_the_import_checks() {
        assertThat(set.size()).isEqualTo(6);
        assertThat(set.meetings().get(0).attendances()).hasSize(2);
        assertThat(DataSets.inspect(set, InMemoryStorage.empty())).isEmpty();
    }

    @Test
    void is_printed_exactly_as_the_writer_writes_it() {
        assertThat(new String(new DataSetWriter().write(set), StandardCharsets.UTF_8)).isEqualTo(example);
    }
}

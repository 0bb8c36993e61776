package org.entente.bootstrap.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** Every switch, the schema access choice and the import and export files, as the start checks them. */
class StrictSettingsTest {
    @TempDir
    Path folder;

    private static void refused(MockEnvironment environment, String line) {
        assertThatThrownBy(() -> StrictSettings.check(environment)).isInstanceOf(SettingRefusedException.class)
                .hasMessage(line);
    }

    @Test
    void every_switch_takes_true_or_false_in_any_case_and_nothing_else() {
        for (String setting : StrictSettings.SWITCHES) {
            assertThatCode(() -> StrictSettings.check(new MockEnvironment().withProperty(setting, "TRUE")))
                    .doesNotThrowAnyException();
            assertThatCode(() -> StrictSettings.check(new MockEnvironment().withProperty(setting, " false ")))
                    .doesNotThrowAnyException();
            for (String word : new String[] {"nope", "yes", "on", "1", ""}) {
                refused(new MockEnvironment().withProperty(setting, word), setting + "=" + word
                        + " is neither true nor false");
            }
        }
        assertThat(StrictSettings.SWITCHES).contains("entente.graphiql.enabled", "entente.seed.enabled");
    }

    @Test
    void schema_access_is_one_of_its_values() {
        assertThatCode(() -> StrictSettings.check(new MockEnvironment()
                .withProperty("entente.security.schema-access", "admin"))).doesNotThrowAnyException();
        refused(new MockEnvironment().withProperty("entente.security.schema-access", "sometimes"),
                "entente.security.schema-access=sometimes is not one of open, admin, closed");
    }

    @Test
    void an_import_names_a_readable_file() throws IOException {
        Path missing = folder.resolve("missing.json");
        refused(new MockEnvironment().withProperty("entente.import", missing.toString()), "entente.import=" + missing
                + " names no file (" + missing + " does not exist): name a data set file");
        refused(new MockEnvironment().withProperty("entente.import", folder.toString()), "entente.import=" + folder
                + " is a folder: name a data set file (docs/data.md)");
        Path file = Files.writeString(folder.resolve("set.json"), "{}");
        assertThatCode(() -> StrictSettings.check(new MockEnvironment().withProperty("entente.import",
                file.toString()))).doesNotThrowAnyException();
    }

    @Test
    void an_export_names_a_file_in_a_folder_that_exists() {
        Path nowhere = folder.resolve("nowhere").resolve("out.json");
        refused(new MockEnvironment().withProperty("entente.export", nowhere.toString()), "entente.export=" + nowhere
                + " is in a folder that does not exist (" + nowhere.getParent() + "): create it first");
        refused(new MockEnvironment().withProperty("entente.export", folder.toString()), "entente.export=" + folder
                + " is a folder: name the file to write");
        assertThatCode(() -> StrictSettings.check(new MockEnvironment().withProperty("entente.export",
                folder.resolve("out.json").toString()))).doesNotThrowAnyException();
    }

    @Test
    void nothing_set_is_nothing_refused() {
        assertThatCode(() -> StrictSettings.check(new MockEnvironment())).doesNotThrowAnyException();
    }
}

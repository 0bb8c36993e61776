package org.entente.bootstrap.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded server scans, so the service warns once at start when it holds more meetings than
 * entente.storage.embedded.scan-warning-meetings: on the shipped data set's 18 meetings, with the threshold set below
 * and at them; and a threshold that is no count stops the start.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedScanWarningTest {
    private static final String SETTING = "entente.storage.embedded.scan-warning-meetings";

    @Test
    void more_meetings_than_the_threshold_get_one_warning_line_naming_the_count_and_the_setting(CapturedOutput output) {
        try (ConfigurableApplicationContext service = Services.start("--entente.storage.embedded.backend=memory",
                "--" + SETTING + "=10")) {
            assertThat(warnings(output)).singleElement().asString()
                    .contains("The embedded store holds 18 meetings, more than " + SETTING + "=10:")
                    .contains("spring.mongodb.uri");
        }
    }

    @Test
    void as_many_meetings_as_the_threshold_get_none(CapturedOutput output) {
        try (ConfigurableApplicationContext service = Services.start("--entente.storage.embedded.backend=memory",
                "--" + SETTING + "=18")) {
            assertThat(warnings(output)).isEmpty();
        }
    }

    @Test
    void a_threshold_that_is_not_a_count_stops_the_start_naming_the_setting() {
        assertThatThrownBy(() -> Services.start("--entente.storage.embedded.backend=memory", "--" + SETTING + "=many")
                .close()).rootCause().hasMessage(SETTING + "=many is not a number of meetings (0 or more)");
    }

    private static String[] warnings(CapturedOutput output) {
        return Arrays.stream(output.getAll().split("\n")).filter(line -> line.contains(" WARN ")
                && line.contains("EmbeddedScanWarning")).toArray(String[]::new);
    }
}

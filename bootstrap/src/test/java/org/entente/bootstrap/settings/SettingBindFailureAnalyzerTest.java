package org.entente.bootstrap.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.entente.bootstrap.EntenteApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A bound setting that cannot be bound, told in one line that names it and the kind of value it needs. */
class SettingBindFailureAnalyzerTest {
    /** The description the analyzer gives of the start's failure with {@code args}; the start binds before it serves. */
    private static String analysed(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--spring.mongodb.uri=";
        all[1] = "--entente.storage=memory";
        all[2] = "--spring.main.banner-mode=off";
        System.arraycopy(args, 0, all, 3, args.length);
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(EntenteApplication.class)
                .web(WebApplicationType.SERVLET).run(all).close());
        assertThat(failure).as("the start failed").isNotNull();
        FailureAnalysis analysis = new SettingBindFailureAnalyzer().analyze(failure);
        assertThat(analysis).as("the failure was analysed: " + failure).isNotNull();
        return analysis.getDescription();
    }

    @Test
    void a_word_where_a_number_belongs_names_the_setting_and_the_kind() {
        assertThat(analysed("--server.port=0", "--entente.limits.max-depth=abc"))
                .isEqualTo("entente.limits.max-depth=abc is not a whole number");
    }

    @Test
    void a_duration_and_a_size_say_what_they_look_like() {
        assertThat(analysed("--server.port=0", "--entente.limits.time-limit=5parsecs"))
                .isEqualTo("entente.limits.time-limit=5parsecs is not a duration (such as 10s, 500ms or 2m)");
        assertThat(analysed("--server.port=0", "--entente.limits.max-body-size=big"))
                .isEqualTo("entente.limits.max-body-size=big is not a size (such as 512KB or 8MB)");
    }

    @Test
    void a_value_out_of_range_is_told_in_the_record_s_own_words() {
        assertThat(analysed("--server.port=0", "--entente.limits.max-depth=0"))
                .isEqualTo("entente.limits.max-depth must be at least 1, was 0");
    }
}

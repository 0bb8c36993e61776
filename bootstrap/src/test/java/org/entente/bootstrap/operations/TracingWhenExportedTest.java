package org.entente.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class TracingWhenExportedTest {

    @Test
    void tracing_is_off_without_an_endpoint() {
        assertThat(enabledWith(Map.of())).isEqualTo("false");
        assertThat(enabledWith(Map.of(TracingWhenExported.ENDPOINT, " "))).isEqualTo("false");
    }

    @Test
    void tracing_is_on_with_an_endpoint() {
        assertThat(enabledWith(Map.of(TracingWhenExported.ENDPOINT, "http://127.0.0.1:4318/v1/traces")))
                .isEqualTo("true");
    }

    @Test
    void an_explicit_setting_wins_either_way() {
        assertThat(enabledWith(Map.of(TracingWhenExported.ENABLED, "true"))).isEqualTo("true");
        assertThat(enabledWith(Map.of(TracingWhenExported.ENABLED, "false",
                TracingWhenExported.ENDPOINT, "http://127.0.0.1:4318/v1/traces"))).isEqualTo("false");
    }

    private static String enabledWith(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("given", properties));
        new TracingWhenExported().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty(TracingWhenExported.ENABLED);
    }
}

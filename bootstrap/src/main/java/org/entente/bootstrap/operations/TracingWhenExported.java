package org.entente.bootstrap.operations;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Traces are made only when they go somewhere: with no OTLP endpoint configured
 * ({@code management.opentelemetry.tracing.export.otlp.endpoint}) tracing is off, so a request pays for no span
 * that nobody receives; an explicit {@code management.tracing.export.enabled} wins either way.
 */
public final class TracingWhenExported implements EnvironmentPostProcessor {
    static final String ENDPOINT = "management.opentelemetry.tracing.export.otlp.endpoint";
    static final String ENABLED = "management.tracing.export.enabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(ENABLED)) {
            return;
        }
        boolean exported = !environment.getProperty(ENDPOINT, "").isBlank();
        environment.getPropertySources().addLast(new MapPropertySource("entente-tracing-when-exported",
                Map.of(ENABLED, String.valueOf(exported))));
    }
}

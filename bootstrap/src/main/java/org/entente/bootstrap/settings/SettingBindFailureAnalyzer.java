package org.entente.bootstrap.settings;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.util.unit.DataSize;

/**
 * A setting bound into one of the {@code @ConfigurationProperties} records ({@code entente.limits.*},
 * {@code entente.security.*}, …) that could not be: one line naming the setting, its value and what kind of value
 * would be right, or the record's own refusal (which names its setting), in place of Boot's block of Property, Value,
 * Origin and Reason. Ahead of Boot's own analyzer, which would otherwise answer first.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class SettingBindFailureAnalyzer extends AbstractFailureAnalyzer<BindException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
        if (!cause.getName().toString().startsWith("entente.")) {
            return null;
        }
        ConfigurationProperty property = cause.getProperty();
        Throwable reason = deepest(cause);
        if (property == null || reason instanceof IllegalArgumentException && reason.getMessage() != null
                && reason.getMessage().startsWith("entente.")) {
            return new FailureAnalysis(reason.getMessage(), null, cause);
        }
        return new FailureAnalysis(property.getName() + "=" + property.getValue() + " is not "
                + kind(cause.getTarget().getType().resolve(Object.class)), null, cause);
    }

    private static String kind(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == Duration.class) {
            return "a duration (such as 10s, 500ms or 2m)";
        }
        if (type == DataSize.class) {
            return "a size (such as 512KB or 8MB)";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(value -> ((Enum<?>) value).name()
                    .toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        }
        return "a " + type.getSimpleName();
    }

    private static Throwable deepest(Throwable failure) {
        Throwable deepest = failure;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        return deepest;
    }
}

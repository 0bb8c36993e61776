package org.entente.domain.common;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The guard clauses every value of the model uses to refuse invalid state. */
public final class Require {
    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new DomainException("REQUIRED", field + " is required");
        }
        return value;
    }

    public static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new DomainException("REQUIRED", field + " must not be blank");
        }
        return value.strip();
    }

    /** Blank becomes absent; anything else is stripped. */
    public static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static <T> List<T> list(Collection<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (T value : values) {
            present(value, field + " entry");
        }
        return List.copyOf(values);
    }

    public static <T> Set<T> set(Collection<T> values, String field) {
        return Set.copyOf(list(values, field));
    }

    public static long version(long version) {
        if (version < 0) {
            throw new DomainException("VERSION_NEGATIVE", "version must be 0 (never stored) or more, was " + version);
        }
        return version;
    }

    public static void that(boolean condition, String rule, String message) {
        if (!condition) {
            throw new DomainException(rule, message);
        }
    }
}

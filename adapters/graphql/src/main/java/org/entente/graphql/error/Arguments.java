package org.entente.graphql.error;

import java.util.function.Supplier;
import org.entente.domain.common.DomainException;

/** Reads an argument through the model, so that a refusal names the argument that caused it. */
public final class Arguments {
    private Arguments() {
    }

    /** {@code reading} with any rule it breaks reported against {@code argument}. */
    public static <T> T read(String argument, Supplier<T> reading) {
        try {
            return reading.get();
        } catch (InvalidArgumentException e) {
            throw e;
        } catch (DomainException e) {
            throw new InvalidArgumentException(argument, e.rule(), e.getMessage());
        }
    }

    /** The path of an input field: {@code filter.from}. */
    public static String field(String argument, String field) {
        return argument + "." + field;
    }
}

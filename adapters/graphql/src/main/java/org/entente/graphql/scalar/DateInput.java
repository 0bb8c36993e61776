package org.entente.graphql.scalar;

import org.entente.domain.common.PartialDate;
import org.entente.graphql.error.Arguments;

/**
 * A {@code Date} as a client wrote it. The scalar keeps the text and the controller reads it, so that a date
 * that is no date is refused as {@code BAD_REQUEST} naming its argument rather than as a validation error that
 * quotes the parser's internals.
 */
public record DateInput(String text) {
    /** The date, or a refusal that names {@code argument}. */
    public PartialDate read(String argument) {
        return Arguments.read(argument, () -> PartialDate.parse(text));
    }

    /** The date of an optional argument: null when absent. */
    public static PartialDate read(DateInput input, String argument) {
        return input == null ? null : input.read(argument);
    }
}

package org.entente.graphql.scalar;

import org.entente.domain.common.PartialDate;
import org.entente.domain.common.DomainException;
import org.entente.graphql.error.InvalidArgumentException;

/**
 * A {@code Date} as a client wrote it. The scalar keeps the text and the controller reads it, so that a date
 * that is no date is refused as {@code BAD_REQUEST} naming its argument rather than as a validation error that
 * quotes the parser's internals.
 */
public record DateInput(String text) {
    /** The date, or a refusal that names {@code argument}. */
    public PartialDate read(String argument) {
        try {
            return PartialDate.parse(text);
        } catch (DomainException e) {
            String reason = e.getMessage().contains("'" + text + "'") ? e.getMessage()
                    : "'" + text + "' is not a date: " + e.getMessage();
            throw new InvalidArgumentException(argument, e.rule(), reason);
        }
    }

    /** The date of an optional argument: null when absent. */
    public static PartialDate read(DateInput input, String argument) {
        return input == null ? null : input.read(argument);
    }
}

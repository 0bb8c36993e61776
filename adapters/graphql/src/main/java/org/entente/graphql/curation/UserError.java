package org.entente.graphql.curation;

import java.util.List;

/**
 * A business rule a mutation's input broke. {@code field} is the path to the input field at fault, from the
 * mutation's argument: {@code ["input", "attendances", "1", "evidence", "0", "quote"]}; null when the rule is about
 * the input as a whole.
 */
public record UserError(List<String> field, String message, UserErrorCode code) {
    public UserError {
        field = field == null ? null : List.copyOf(field);
    }
}

package org.entente.graphql.curation;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.entente.domain.common.DomainException;

/**
 * What a mutation came to: the record it stored, or the user errors of the rule it broke (and then nothing was
 * stored, since every use case checks before it saves). Malformed input (an id that is no id, a date that is no
 * date) is not an outcome: it stays a GraphQL error.
 */
public record Outcome<T>(T record, List<UserError> userErrors) {

    /** Reads the input and carries the mutation out, both under {@code trail}. */
    public static <C, T> Outcome<T> attempt(InputTrail trail, Supplier<C> reading, Function<C, T> carrying) {
        try {
            return new Outcome<>(carrying.apply(reading.get()), List.of());
        } catch (InputTrail.Misread | DomainException refused) {
            return new Outcome<>(null, List.of(Refusals.of(refused, trail)));
        }
    }
}

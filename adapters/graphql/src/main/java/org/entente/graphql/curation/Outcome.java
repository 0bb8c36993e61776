package org.entente.graphql.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.entente.domain.common.DomainException;

/**
 * What a mutation came to: the record it stored, or the user errors of every rule it broke (and then nothing was
 * stored, since every use case checks before it saves). Malformed input (an id that is no id, a date that is no
 * date) is not an outcome: it stays a GraphQL error.
 */
public record Outcome<T>(T record, List<UserError> userErrors) {

    /**
     * Reads the input and carries the mutation out, both under one {@link InputTrail}. Every field that breaks a rule as it
     * is read is reported, and the mutation is then not attempted; the use case reports every rule it finds broken.
     */
    public static <C, T> Outcome<T> attempt(Function<InputTrail, C> reading, Function<C, T> carrying) {
        InputTrail trail = new InputTrail();
        C command = null;
        RuntimeException thrown = null;
        try {
            command = reading.apply(trail);
        } catch (InputTrail.Misread | DomainException refused) {
            thrown = refused;
        }
        List<UserError> errors = new ArrayList<>();
        trail.misread().forEach(misread -> errors.addAll(Refusals.of(misread, trail)));
        // a field left unread makes the command's own checks fail again: that says nothing new
        if (thrown instanceof InputTrail.Misread || thrown != null && errors.isEmpty()) {
            errors.addAll(Refusals.of(thrown, trail));
        }
        if (!errors.isEmpty()) {
            return new Outcome<>(null, errors);
        }
        try {
            return new Outcome<>(carrying.apply(command), List.of());
        } catch (DomainException refused) {
            return new Outcome<>(null, Refusals.of(refused, trail));
        }
    }
}

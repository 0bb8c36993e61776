package org.entente.graphql.cost;

import graphql.execution.ExecutionStepInfo;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLModifiedType;
import graphql.schema.GraphQLType;
import java.util.Collection;

/**
 * About how many bytes of JSON a field adds to the answer, reckoned as the field completes: its name, and its
 * value if it is a scalar or an enum (each item of a list of them); an object adds its braces and its own fields.
 */
final class AnswerSize {
    /** Quotes, colon and comma around a name; braces or brackets around a value. */
    private static final int PUNCTUATION = 4;

    private AnswerSize() {
    }

    static long of(ExecutionStepInfo step, Object value) {
        long size = step.getField().getResultKey().length() + PUNCTUATION;
        if (value instanceof String text) {
            // most fields completed are text: no need to look at the type (String is final, a cheap test)
            return size + text.length() + PUNCTUATION;
        }
        GraphQLType type = step.getType();
        while (type instanceof GraphQLModifiedType wrapped) {
            type = wrapped.getWrappedType();
        }
        boolean composite = type instanceof GraphQLCompositeType;
        if (value instanceof Collection<?> items) {
            if (composite) {
                return size + (long) items.size() * PUNCTUATION;
            }
            for (Object item : items) {
                size += leaf(item);
            }
            return size;
        }
        return composite ? size : size + leaf(value);
    }

    private static long leaf(Object value) {
        if (value instanceof CharSequence text) {
            return text.length() + PUNCTUATION;
        }
        return value == null ? PUNCTUATION : String.valueOf(value).length() + PUNCTUATION;
    }
}

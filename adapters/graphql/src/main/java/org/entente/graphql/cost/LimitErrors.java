package org.entente.graphql.cost;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;

/**
 * The errors of a request refused or stopped as a whole. Each names, in {@code extensions}, its {@code code}, the
 * setting that drew the line ({@code limit}), the line ({@code maximum}) and what the request came to
 * ({@code found}).
 */
public final class LimitErrors {
    public static final String QUERY_TOO_DEEP = "QUERY_TOO_DEEP";
    public static final String TOO_MANY_ALIASES = "TOO_MANY_ALIASES";
    public static final String TOO_MANY_ROOT_FIELDS = "TOO_MANY_ROOT_FIELDS";
    public static final String TOO_MANY_NODES = "TOO_MANY_NODES";
    public static final String BUDGET_EXCEEDED = "BUDGET_EXCEEDED";
    public static final String TIME_LIMIT_EXCEEDED = "TIME_LIMIT_EXCEEDED";
    public static final String RESPONSE_TOO_LARGE = "RESPONSE_TOO_LARGE";
    public static final String SUBSCRIPTION_OVER_HTTP = "SUBSCRIPTION_OVER_HTTP";

    private LimitErrors() {
    }

    /** How the refusals are classified, beside Spring GraphQL's {@link ErrorType}. */
    public enum Classification implements ErrorClassification {
        /** The caller's budget holds less than the request would cost: HTTP 429, try again later. */
        TOO_MANY_REQUESTS,
        /** The request ran out of time and was stopped. */
        TIMEOUT
    }

    static GraphQLError limit(String code, String setting, long maximum, long found, String message) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        extensions.put("limit", "entente.limits." + setting);
        extensions.put("maximum", maximum);
        extensions.put("found", found);
        return GraphqlErrorBuilder.newError().locations(null).errorType(classification(code)).message(message)
                .extensions(extensions).build();
    }

    static GraphQLError refusal(String code, String message) {
        return GraphqlErrorBuilder.newError().locations(null).errorType(classification(code)).message(message)
                .extensions(new LinkedHashMap<>(Map.of("code", code))).build();
    }

    private static ErrorClassification classification(String code) {
        return switch (code) {
            case BUDGET_EXCEEDED -> Classification.TOO_MANY_REQUESTS;
            case TIME_LIMIT_EXCEEDED -> Classification.TIMEOUT;
            default -> ErrorType.BAD_REQUEST;
        };
    }
}

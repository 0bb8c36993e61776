package org.entente.graphql.error;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetchingEnvironment;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.entente.domain.common.DomainException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;

/**
 * Turns what a data fetcher throws into a GraphQL error a client can act on: a refused argument or a broken
 * rule is {@code BAD_REQUEST}, a missing record {@code NOT_FOUND}, anything else {@code INTERNAL_ERROR} with a
 * generic message and an incident id that the log repeats. No message carries a stack trace or a class name.
 */
@Component
public class GraphQlErrors extends DataFetcherExceptionResolverAdapter {
    private static final Log log = LogFactory.getLog(GraphQlErrors.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable thrown, DataFetchingEnvironment env) {
        return classify(thrown, GraphqlErrorBuilder.newError(env), env.getExecutionStepInfo().getPath().toString());
    }

    /** The error for {@code thrown}, built on {@code error} (which may know its field); {@code where} is for the log. */
    static GraphQLError classify(Throwable thrown, GraphqlErrorBuilder<?> error, String where) {
        Throwable cause = unwrap(thrown);
        if (cause instanceof AbortExecutionException) {
            // a request stopped by its limits answers the limit's error instead; nothing to log
            return error(error, ErrorType.BAD_REQUEST, "The request was stopped", Map.of("code", "REQUEST_STOPPED"));
        }
        if (cause instanceof InvalidArgumentException invalid) {
            return error(error, ErrorType.BAD_REQUEST, invalid.getMessage(),
                    Map.of("argument", invalid.argument(), "rule", invalid.rule()));
        }
        if (cause instanceof DomainException refused) {
            ErrorType type = "NOT_FOUND".equals(refused.rule()) ? ErrorType.NOT_FOUND : ErrorType.BAD_REQUEST;
            return error(error, type, refused.getMessage(), Map.of("rule", refused.rule()));
        }
        if (cause instanceof BindException binding) {
            String fields = binding.getFieldErrors().stream().map(e -> e.getField()).distinct()
                    .collect(Collectors.joining(", "));
            String message = fields.isEmpty() ? "An argument could not be read"
                    : "Argument field(s) " + fields + " could not be read";
            return error(error, ErrorType.BAD_REQUEST, message, Map.of("rule", "ARGUMENT_UNREADABLE"));
        }
        String incident = UUID.randomUUID().toString();
        log.error("Incident " + incident + " while resolving " + where, cause);
        return error(error, ErrorType.INTERNAL_ERROR,
                "The server could not answer this field; the incident was logged as " + incident,
                Map.of("incident", incident));
    }

    private static GraphQLError error(GraphqlErrorBuilder<?> error, ErrorType type, String message,
                                      Map<String, Object> extensions) {
        Map<String, Object> all = new LinkedHashMap<>(extensions);
        return error.errorType(type).message(message).extensions(all).build();
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable error = thrown;
        while ((error instanceof CompletionException || error instanceof ExecutionException) && error.getCause() != null) {
            error = error.getCause();
        }
        return error;
    }
}

package org.entente.bootstrap.web;

import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.ExecutionResult;
import graphql.language.OperationDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;

/**
 * A request that came by GET runs a query, never a mutation: GET is safe, so a link, a prefetch or a cache must
 * never change anything. The operation is known only once its document is (it may come by its hash, as a
 * persisted query), so the refusal comes here, before anything runs or is reserved from the caller's budget; the
 * HTTP handler answers it 405 with {@code Allow: POST}.
 */
final class QueriesOnlyByGet extends SimplePerformantInstrumentation {
    static final String CODE = "MUTATION_BY_GET";

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        var execution = parameters.getExecutionContext();
        if (execution.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION
                && Boolean.TRUE.equals(execution.getGraphQLContext().get(GetRequests.KEY))) {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("code", CODE);
            throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError().locations(null)
                    .errorType(ErrorType.BAD_REQUEST).extensions(extensions)
                    .message("A mutation is sent with POST, never with GET; GET runs queries only").build()));
        }
        return null;
    }
}

package org.entente.graphql.cost;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The request's limits inside graphql-java. Before the operation runs: a subscription sent over HTTP is refused,
 * the operation is measured ({@link DocumentMeasure}) and refused if it nests too deep, holds too many aliases or
 * root fields, or may return too many objects, and its estimated cost is reserved from the caller's budget. While
 * it runs: every object and every field fetched is a {@link RunningRequest#checkpoint()}, and the answer's size is
 * counted as its fields complete. After: a stopped request answers only the error that stopped it, and every
 * answer carries {@code extensions.cost}.
 */
public final class CostInstrumentation extends SimplePerformantInstrumentation {
    private final RequestLimits limits;

    /** {@code limits} hold for requests that no {@link CostInterceptor} saw (the adapter's own tests). */
    public CostInstrumentation(RequestLimits limits) {
        this.limits = limits;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        GraphQLContext context = parameters.getExecutionInput().getGraphQLContext();
        return RunningRequest.in(context).orElseGet(() -> {
            RunningRequest running = new RunningRequest(limits, null, null, RunningRequest.Transport.UNKNOWN,
                    System::nanoTime);
            context.put(RunningRequest.KEY, running);
            return running;
        });
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
                                                                  InstrumentationState state) {
        ((RunningRequest) state).start(parameters.getExecutionInput());
        return null;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        RunningRequest running = (RunningRequest) state;
        ExecutionContext execution = parameters.getExecutionContext();
        OperationDefinition operation = execution.getOperationDefinition();
        if (operation.getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
            if (running.transport() == RunningRequest.Transport.HTTP) {
                throw refused(LimitErrors.refusal(LimitErrors.SUBSCRIPTION_OVER_HTTP, "A subscription is served "
                        + "over WebSocket at this same path, with the graphql-transport-ws protocol; over HTTP send "
                        + "only queries and mutations"));
            }
            running.untimed();
        }
        RequestLimits held = running.limits();
        DocumentMeasure measure = DocumentMeasure.of(execution.getGraphQLSchema(), execution.getFragmentsByName(),
                operation, execution.getCoercedVariables().toMap(), held.listSizeEstimate());
        running.measured(measure);
        if (measure.depth() > held.maxDepth()) {
            throw refused(LimitErrors.limit(LimitErrors.QUERY_TOO_DEEP, "max-depth", held.maxDepth(), measure.depth(),
                    "The query nests fields " + measure.depth() + " deep; at most " + held.maxDepth()
                            + " are allowed (entente.limits.max-depth)"));
        }
        long aliases = Points.saturated(measure.aliases());
        if (aliases > held.maxAliases()) {
            throw refused(LimitErrors.limit(LimitErrors.TOO_MANY_ALIASES, "max-aliases", held.maxAliases(), aliases,
                    "The query holds " + aliases + " aliased fields (counting each spread of a fragment); at most "
                            + held.maxAliases() + " are allowed (entente.limits.max-aliases)"));
        }
        if (measure.rootFields() > held.maxRootFields()) {
            throw refused(LimitErrors.limit(LimitErrors.TOO_MANY_ROOT_FIELDS, "max-root-fields", held.maxRootFields(),
                    measure.rootFields(), "The operation asks for " + measure.rootFields() + " root fields; at most "
                            + held.maxRootFields() + " are allowed (entente.limits.max-root-fields)"));
        }
        long nodes = Points.saturated(measure.nodes());
        if (nodes > held.maxNodes()) {
            throw refused(LimitErrors.limit(LimitErrors.TOO_MANY_NODES, "max-nodes", held.maxNodes(), nodes,
                    "The query may return " + nodes + " objects, counting each page at the size its first or last "
                            + "asks for (20 without either) and each list without pages at " + held.listSizeEstimate()
                            + "; at most " + held.maxNodes() + " are allowed (entente.limits.max-nodes): ask for "
                            + "smaller pages or fewer nested lists"));
        }
        long cost = measure.estimatedCost();
        if (!running.reserve(cost)) {
            long seconds = running.retryAfterSeconds().orElseThrow();
            throw refused(LimitErrors.refusal(LimitErrors.BUDGET_EXCEEDED, "The request would cost " + cost
                    + " points and this caller's budget holds fewer; it refills, try again in " + seconds + " s"));
        }
        return null;
    }

    @Override
    public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
                                                                  InstrumentationState state) {
        if (!((RunningRequest) state).objectReached()) {
            throw new RunningRequest.Stopped();
        }
        return null;
    }

    @Override
    public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
                                                                  InstrumentationState state) {
        if (!((RunningRequest) state).checkpoint()) {
            throw new RunningRequest.Stopped();
        }
        return null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
                                                               InstrumentationState state) {
        ((RunningRequest) state).bytesWritten(AnswerSize.of(parameters.getExecutionStepInfo(),
                parameters.getFetchedObject()));
        return null;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                        InstrumentationExecutionParameters parameters,
                                                                        InstrumentationState state) {
        RunningRequest running = (RunningRequest) state;
        ExecutionResult answer = running.isStopped()
                ? ExecutionResult.newExecutionResult().data(null).addError(running.stoppedError()).build()
                : result;
        return CompletableFuture.completedFuture(answer.transform(builder ->
                builder.addExtension("cost", running.settle())));
    }

    private static AbortExecutionException refused(GraphQLError error) {
        return new AbortExecutionException(List.of(error));
    }
}

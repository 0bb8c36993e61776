package org.entente.graphql.fetch;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.FieldValueInfo;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The service's instrumentations as one, calling each hook only on the members that implement it. graphql-java
 * calls the per-field hooks (a field's execution, fetch, completion, its fetcher's wrapping) and the per-object
 * one for every field and object of an answer; its {@code ChainedInstrumentation}, which spring-graphql puts
 * around the instrumentations however many there are, calls every member each time and gathers their contexts in a
 * new list, though most members implement only a hook or two. Here a hook no member implements costs nothing, one
 * that a single member implements is that member's call, and only a hook that several implement gathers their
 * contexts. A member "implements" a hook when its class declares the method below graphql-java's own no-op bases.
 */
public final class SelectiveInstrumentation implements Instrumentation {
    private static final Class<?>[] FIELD = {InstrumentationFieldParameters.class, InstrumentationState.class};
    private static final Class<?>[] FETCH = {InstrumentationFieldFetchParameters.class, InstrumentationState.class};
    private static final Class<?>[] COMPLETE = {InstrumentationFieldCompleteParameters.class,
            InstrumentationState.class};
    private static final Class<?>[] OBJECT = {InstrumentationExecutionStrategyParameters.class,
            InstrumentationState.class};

    private final List<Instrumentation> members;
    /** Every member, for the hooks of the request and its operation, which each may implement. */
    private final int[] everyone;
    private final int[] fieldExecution;
    private final int[] fieldFetching;
    private final int[] fieldCompletion;
    private final int[] listCompletion;
    private final int[] executeObject;
    private final int[] dataFetcher;

    public SelectiveInstrumentation(List<Instrumentation> members) {
        this.members = List.copyOf(members);
        this.everyone = java.util.stream.IntStream.range(0, this.members.size()).toArray();
        this.fieldExecution = implementing("beginFieldExecution", FIELD);
        // the interface's beginFieldFetching calls the older beginFieldFetch: a member implementing either hears it
        int[] fetching = implementing("beginFieldFetching", FETCH);
        int[] fetch = implementing("beginFieldFetch", FETCH);
        this.fieldFetching = java.util.stream.IntStream.concat(Arrays.stream(fetching), Arrays.stream(fetch))
                .distinct().sorted().toArray();
        this.fieldCompletion = implementing("beginFieldCompletion", COMPLETE);
        this.listCompletion = implementing("beginFieldListCompletion", COMPLETE);
        this.executeObject = implementing("beginExecuteObject", OBJECT);
        this.dataFetcher = implementing("instrumentDataFetcher",
                DataFetcher.class, InstrumentationFieldFetchParameters.class, InstrumentationState.class);
    }

    /** The members, in the order they are called. */
    public List<Instrumentation> members() {
        return members;
    }

    /** The members whose classes implement the hook, by position. */
    private int[] implementing(String hook, Class<?>... parameters) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            try {
                Method method = members.get(i).getClass().getMethod(hook, parameters);
                Class<?> declaring = method.getDeclaringClass();
                if (declaring != Instrumentation.class && declaring != SimplePerformantInstrumentation.class) {
                    found.add(i);
                }
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("graphql-java's Instrumentation has no " + hook, e);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Each member's own state, by position. */
    private record States(InstrumentationState[] each) implements InstrumentationState {
    }

    private static InstrumentationState of(InstrumentationState state, int member) {
        return ((States) state).each()[member];
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        List<CompletableFuture<InstrumentationState>> created = new ArrayList<>(members.size());
        for (Instrumentation member : members) {
            CompletableFuture<InstrumentationState> state = member.createStateAsync(parameters);
            created.add(state == null ? CompletableFuture.completedFuture(null) : state);
        }
        return CompletableFuture.allOf(created.toArray(CompletableFuture[]::new))
                .thenApply(done -> new States(created.stream().map(CompletableFuture::join)
                        .toArray(InstrumentationState[]::new)));
    }

    // the hooks of a request, called once or a few times each: every member hears them

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
                                                                  InstrumentationState state) {
        return all(state, (m, s) -> m.beginExecution(parameters, s));
    }

    @Override
    public InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
                                                       InstrumentationState state) {
        return all(state, (m, s) -> m.beginParse(parameters, s));
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(
            InstrumentationValidationParameters parameters, InstrumentationState state) {
        return all(state, (m, s) -> m.beginValidation(parameters, s));
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        return all(state, (m, s) -> m.beginExecuteOperation(parameters, s));
    }

    @Override
    public InstrumentationContext<Void> beginReactiveResults(
            graphql.execution.instrumentation.parameters.InstrumentationReactiveResultsParameters parameters,
            InstrumentationState state) {
        return all(state, (m, s) -> m.beginReactiveResults(parameters, s));
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginSubscribedFieldEvent(InstrumentationFieldParameters parameters,
                                                                             InstrumentationState state) {
        return all(state, (m, s) -> m.beginSubscribedFieldEvent(parameters, s));
    }

    @Override
    public InstrumentationContext<Object> beginDeferredField(InstrumentationFieldParameters parameters,
                                                             InstrumentationState state) {
        return all(state, (m, s) -> m.beginDeferredField(parameters, s));
    }

    @Override
    public ExecutionStrategyInstrumentationContext beginExecutionStrategy(
            InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
        return some(everyone, state, (m, s) -> m.beginExecutionStrategy(parameters, s),
                ExecutionStrategyInstrumentationContext.NOOP, StrategyTogether::new);
    }

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
                                                   InstrumentationState state) {
        for (int i = 0; i < members.size(); i++) {
            input = members.get(i).instrumentExecutionInput(input, parameters, of(state, i));
        }
        return input;
    }

    @Override
    public graphql.execution.instrumentation.DocumentAndVariables instrumentDocumentAndVariables(
            graphql.execution.instrumentation.DocumentAndVariables documentAndVariables,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        for (int i = 0; i < members.size(); i++) {
            documentAndVariables = members.get(i).instrumentDocumentAndVariables(documentAndVariables, parameters,
                    of(state, i));
        }
        return documentAndVariables;
    }

    @Override
    public GraphQLSchema instrumentSchema(GraphQLSchema schema, InstrumentationExecutionParameters parameters,
                                         InstrumentationState state) {
        for (int i = 0; i < members.size(); i++) {
            schema = members.get(i).instrumentSchema(schema, parameters, of(state, i));
        }
        return schema;
    }

    @Override
    public ExecutionContext instrumentExecutionContext(ExecutionContext context,
                                                       InstrumentationExecutionParameters parameters,
                                                       InstrumentationState state) {
        for (int i = 0; i < members.size(); i++) {
            context = members.get(i).instrumentExecutionContext(context, parameters, of(state, i));
        }
        return context;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                        InstrumentationExecutionParameters parameters,
                                                                        InstrumentationState state) {
        CompletableFuture<ExecutionResult> chained = CompletableFuture.completedFuture(result);
        for (int i = 0; i < members.size(); i++) {
            Instrumentation member = members.get(i);
            InstrumentationState own = of(state, i);
            chained = chained.thenCompose(r -> member.instrumentExecutionResult(r, parameters, own));
        }
        return chained;
    }

    // the hooks of every field and object: only the members that implement them hear them

    @Override
    public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
                                                              InstrumentationState state) {
        return some(fieldExecution, state, (m, s) -> m.beginFieldExecution(parameters, s));
    }

    @Override
    public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
                                                                  InstrumentationState state) {
        return some(fieldFetching, state, (m, s) -> m.beginFieldFetching(parameters, s),
                FieldFetchingInstrumentationContext.NOOP, FetchingTogether::new);
    }

    @Override
    public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
                                                               InstrumentationState state) {
        return some(fieldCompletion, state, (m, s) -> m.beginFieldCompletion(parameters, s));
    }

    @Override
    public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
                                                                   InstrumentationState state) {
        return some(listCompletion, state, (m, s) -> m.beginFieldListCompletion(parameters, s));
    }

    @Override
    public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
                                                                  InstrumentationState state) {
        return some(executeObject, state, (m, s) -> m.beginExecuteObject(parameters, s),
                ExecuteObjectInstrumentationContext.NOOP, ObjectTogether::new);
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        for (int i : dataFetcher) {
            fetcher = members.get(i).instrumentDataFetcher(fetcher, parameters, of(state, i));
        }
        return fetcher;
    }

    private <T> InstrumentationContext<T> all(InstrumentationState state,
                                              BiFunction<Instrumentation, InstrumentationState,
                                                      InstrumentationContext<T>> hook) {
        return some(everyone, state, hook);
    }

    private <T> InstrumentationContext<T> some(int[] implementing, InstrumentationState state,
                                               BiFunction<Instrumentation, InstrumentationState,
                                                       InstrumentationContext<T>> hook) {
        return some(implementing, state, hook, SimpleInstrumentationContext.noOp(), Together::new);
    }

    /**
     * The context of a hook that the members {@code implementing} it hear: {@code none} when none does, the one
     * member's own when one does (most hooks, for most fields), and else one that tells each of theirs.
     */
    private <C> C some(int[] implementing, InstrumentationState state,
                       BiFunction<Instrumentation, InstrumentationState, C> hook, C none,
                       Function<List<C>, C> together) {
        if (implementing.length == 0) {
            return none;
        }
        if (implementing.length == 1) {
            C context = hook.apply(members.get(implementing[0]), of(state, implementing[0]));
            return context == null ? none : context;
        }
        List<C> contexts = new ArrayList<>(implementing.length);
        for (int i : implementing) {
            C context = hook.apply(members.get(i), of(state, i));
            if (context != null) {
                contexts.add(context);
            }
        }
        return contexts.isEmpty() ? none : contexts.size() == 1 ? contexts.get(0) : together.apply(contexts);
    }

    /** The contexts of several members, told each event in turn. */
    private static class Together<T, C extends InstrumentationContext<T>> implements InstrumentationContext<T> {
        final List<C> contexts;

        Together(List<C> contexts) {
            this.contexts = contexts;
        }

        @Override
        public void onDispatched() {
            contexts.forEach(InstrumentationContext::onDispatched);
        }

        @Override
        public void onCompleted(T result, Throwable t) {
            contexts.forEach(c -> c.onCompleted(result, t));
        }
    }

    private static final class FetchingTogether extends Together<Object, FieldFetchingInstrumentationContext>
            implements FieldFetchingInstrumentationContext {
        FetchingTogether(List<FieldFetchingInstrumentationContext> contexts) {
            super(contexts);
        }

        @Override
        public void onFetchedValue(Object fetchedValue) {
            contexts.forEach(c -> c.onFetchedValue(fetchedValue));
        }
    }

    private static final class StrategyTogether
            extends Together<ExecutionResult, ExecutionStrategyInstrumentationContext>
            implements ExecutionStrategyInstrumentationContext {
        StrategyTogether(List<ExecutionStrategyInstrumentationContext> contexts) {
            super(contexts);
        }

        @Override
        public void onFieldValuesInfo(List<FieldValueInfo> fieldValueInfoList) {
            contexts.forEach(c -> c.onFieldValuesInfo(fieldValueInfoList));
        }

        @Override
        public void onFieldValuesException() {
            contexts.forEach(ExecutionStrategyInstrumentationContext::onFieldValuesException);
        }
    }

    private static final class ObjectTogether
            extends Together<Map<String, Object>, ExecuteObjectInstrumentationContext>
            implements ExecuteObjectInstrumentationContext {
        ObjectTogether(List<ExecuteObjectInstrumentationContext> contexts) {
            super(contexts);
        }

        @Override
        public void onFieldValuesInfo(List<FieldValueInfo> fieldValueInfoList) {
            contexts.forEach(c -> c.onFieldValuesInfo(fieldValueInfoList));
        }

        @Override
        public void onFieldValuesException() {
            contexts.forEach(ExecuteObjectInstrumentationContext::onFieldValuesException);
        }
    }
}

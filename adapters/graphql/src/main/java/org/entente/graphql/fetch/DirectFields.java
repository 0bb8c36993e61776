package org.entente.graphql.fetch;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitor;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.Order;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.graphql.data.GraphQlArgumentBinder;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import org.springframework.stereotype.Component;

/**
 * The fields of the records (not the root operations) run without spring-graphql's per-call machinery. A
 * {@code @SchemaMapping} method is called through a handler that spring-graphql builds anew for every field of
 * every object (its arguments resolved one by one, the call wrapped to carry thread-local context): on a page of
 * a hundred meetings that is thousands of calls and most of what the service spends beyond graphql-java itself.
 * The methods of record fields need none of it: they take their source object, their {@code @Argument}s and
 * perhaps the {@link DataFetchingEnvironment}, return a value or a {@link CompletionStage}, and read no
 * thread-local state (the loaders carry the request's context themselves). So each such method is called here
 * through a method handle bound to its controller, its arguments read from the environment (scalars as
 * graphql-java coerced them, input objects bound as spring-graphql binds them), as a {@link TrivialDataFetcher},
 * which spring-graphql and graphql-java's instrumentations leave unwrapped. The schema inspection still sees the
 * method (the fetcher describes itself by it), and a method this cannot call as spring-graphql would (a reactive
 * return, any other kind of parameter, a subscription or root field) keeps spring-graphql's fetcher. A future a
 * method returns already completed is answered as its value ({@link Settled}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class DirectFields implements GraphQlSourceBuilderCustomizer {
    private static final Set<String> ROOTS = Set.of("Query", "Mutation", "Subscription");
    /** Bound as spring-graphql's controllers bind their arguments by default. */
    private static final GraphQlArgumentBinder BINDER = new GraphQlArgumentBinder(GraphQlArgumentBinder.Options.create()
            .conversionService(new DefaultFormattingConversionService()));

    private final ApplicationContext context;

    public DirectFields(ApplicationContext context) {
        this.context = context;
    }

    /**
     * Among the visitors that transform the schema, and before any other (so before spring-graphql's connection
     * visitor, which leaves trivial fetchers alone: our connections are built by the methods themselves).
     */
    @Override
    public void customize(GraphQlSource.SchemaResourceBuilder builder) {
        builder.typeVisitorsToTransformSchema(List.of(visitor(context::getBean)));
    }

    /** The visitor that swaps the fetchers, given the controller bean that declares each method. */
    static GraphQLTypeVisitor visitor(Function<Class<?>, Object> controllers) {
        return new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
                                                                TraverserContext<GraphQLSchemaElement> context) {
                GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
                if (context.getParentNode() instanceof GraphQLObjectType parent && !ROOTS.contains(parent.getName())) {
                    FieldCoordinates coordinates = FieldCoordinates.coordinates((GraphQLFieldsContainer) parent, field);
                    DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
                    Method method = fetcher instanceof SelfDescribingDataFetcher<?> described
                            ? described.asMethod() : null;
                    if (method != null && isDirect(method)) {
                        registry.dataFetcher(coordinates, new Direct<>((SelfDescribingDataFetcher<?>) fetcher,
                                method, controllers.apply(method.getDeclaringClass())));
                    }
                }
                return TraversalControl.CONTINUE;
            }
        };
    }

    /** Whether every parameter is the source (first, unannotated), an {@code @Argument} or the environment. */
    static boolean isDirect(Method method) {
        Class<?> returned = method.getReturnType();
        if (Publisher.class.isAssignableFrom(returned) || returned.getName().startsWith("reactor.")
                || returned == void.class) {
            return false;
        }
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            Parameter p = parameters[i];
            boolean argument = p.isAnnotationPresent(Argument.class) && p.getAnnotation(Argument.class).name().isEmpty()
                    && p.getAnnotation(Argument.class).value().isEmpty() && p.isNamePresent();
            boolean source = i == 0 && p.getAnnotations().length == 0 && p.getType() != DataFetchingEnvironment.class;
            if (!argument && !source && p.getType() != DataFetchingEnvironment.class) {
                return false;
            }
        }
        return true;
    }

    /** One field's method, called directly. */
    private static final class Direct<T> implements TrivialDataFetcher<T>, SelfDescribingDataFetcher<T> {
        private final SelfDescribingDataFetcher<?> described;
        /** Typed (Object[]) -> Object, so that each call is an exact one, with no conversion of its type. */
        private final MethodHandle handle;
        private final Reader[] readers;

        private interface Reader {
            Object read(DataFetchingEnvironment env) throws Exception;
        }

        Direct(SelfDescribingDataFetcher<?> described, Method method, Object controller) {
            this.described = described;
            try {
                method.setAccessible(true);
                this.handle = MethodHandles.lookup().unreflect(method).bindTo(controller)
                        .asSpreader(Object[].class, method.getParameterCount())
                        .asType(MethodType.methodType(Object.class, Object[].class));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot call " + method, e);
            }
            Parameter[] parameters = method.getParameters();
            this.readers = new Reader[parameters.length];
            for (int i = 0; i < parameters.length; i++) {
                readers[i] = reader(parameters[i], method, i);
            }
        }

        private static Reader reader(Parameter p, Method method, int index) {
            if (p.getType() == DataFetchingEnvironment.class) {
                return env -> env;
            }
            if (!p.isAnnotationPresent(Argument.class)) {
                return DataFetchingEnvironment::getSource;
            }
            String name = p.getName();
            Class<?> type = p.getType();
            if (type == String.class || type == Integer.class || type == Boolean.class) {
                // graphql-java has coerced the scalar already: a String, an Integer, a Boolean or null
                return env -> type.cast(env.getArgument(name));
            }
            ResolvableType target = ResolvableType.forMethodParameter(method, index);
            if (type.isPrimitive() || type == Optional.class || type == ArgumentValue.class
                    || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
                return env -> BINDER.bind(env, name, target);
            }
            // an absent argument, or one graphql-java's scalar has already made (a Date), is what the binder would
            // answer (null, or the value itself); binding it anyway builds a binding result and names the parameter
            // by reflection, on every field of every object (a person's posts, a relation's timeline)
            return env -> {
                Object raw = env.getArgument(name);
                if (raw == null || type.isInstance(raw) && !(raw instanceof Map<?, ?>) && !(raw instanceof Collection<?>)) {
                    return raw;
                }
                return BINDER.bind(env, name, target);
            };
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(DataFetchingEnvironment env) throws Exception {
            Object[] arguments = new Object[readers.length];
            for (int i = 0; i < readers.length; i++) {
                arguments[i] = readers[i].read(env);
            }
            try {
                return (T) Settled.now((Object) handle.invokeExact(arguments));
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }

        @Override
        public String getDescription() {
            return described.getDescription();
        }

        @Override
        public ResolvableType getReturnType() {
            return described.getReturnType();
        }

        @Override
        public Map<String, ResolvableType> getArguments() {
            return described.getArguments();
        }

        @Override
        public Method asMethod() {
            return described.asMethod();
        }

        @Override
        public boolean usesDataLoader() {
            return described.usesDataLoader();
        }

        @Override
        public String toString() {
            return "direct " + described;
        }
    }
}

package org.entente.graphql.load;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.entente.graphql.fetch.Settled;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;

/**
 * A field wired once for several types of the schema (every record's {@code history}, the {@code relation} of every
 * record in one) whose value a loader reads: trivial, since it reads no thread-local state (the loaders carry the
 * request's context), and self-describing, so that the schema inspection checks its type and arguments. A value the
 * loader already holds (a record read in an earlier batch of the request) is answered as it is ({@link Settled}).
 */
public final class LoadedField<T> implements TrivialDataFetcher<Object>, SelfDescribingDataFetcher<Object> {
    private final String description;
    private final ResolvableType returned;
    private final Map<String, ResolvableType> arguments;
    private final DataFetcher<CompletableFuture<T>> fetch;

    /** A field answering a {@code CompletableFuture} of {@code type}, given its arguments' types. */
    public LoadedField(String description, ResolvableType type, Map<String, ResolvableType> arguments,
                       DataFetcher<CompletableFuture<T>> fetch) {
        this.description = description;
        this.returned = ResolvableType.forClassWithGenerics(CompletableFuture.class, type);
        this.arguments = Map.copyOf(arguments);
        this.fetch = fetch;
    }

    @Override
    public Object get(DataFetchingEnvironment env) throws Exception {
        return Settled.now(fetch.get(env));
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public ResolvableType getReturnType() {
        return returned;
    }

    @Override
    public Map<String, ResolvableType> getArguments() {
        return arguments;
    }

    @Override
    public boolean usesDataLoader() {
        return true;
    }
}

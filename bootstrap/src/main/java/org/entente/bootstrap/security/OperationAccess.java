package org.entente.bootstrap.security;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.introspection.Introspection;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.Set;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every field of {@code Mutation} needs {@link Role#EDITOR}, and the ones named in {@code adminOnly}
 * {@link Role#ADMIN}. A caller without the role gets the field's error, classified {@code FORBIDDEN} (or
 * {@code UNAUTHORIZED} without any key, as over a WebSocket opened without one), and the mutation does not run.
 * Introspection ({@code __schema}, {@code __type}) is answered as {@link SchemaAccess} says: to everyone, to ADMIN
 * keys only (the same errors, with {@code code: INTROSPECTION_DISABLED}), or to nobody.
 */
public final class OperationAccess extends SimplePerformantInstrumentation {
    private final Set<String> adminOnly;
    private final SchemaAccess schemaAccess;

    public OperationAccess(Set<String> adminOnly) {
        this(adminOnly, SchemaAccess.OPEN);
    }

    public OperationAccess(Set<String> adminOnly, SchemaAccess schemaAccess) {
        this.adminOnly = Set.copyOf(adminOnly);
        this.schemaAccess = schemaAccess;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        // Only root fields are guarded, and they are told from the others without their ExecutionStepInfo, which
        // graphql-java would otherwise build here for every field and again as it completes it. Introspection's
        // two root fields have graphql-java's own fetchers; every other trivial fetcher (the records' fields, see
        // DirectFields, and graphql-java's property fetchers) is below the root and leaves at once; the rest are
        // told by their parent type.
        if (fetcher == Introspection.SchemaMetaFieldDefDataFetcher
                || fetcher == Introspection.TypeMetaFieldDefDataFetcher) {
            return introspection(fetcher);
        }
        if (parameters.isTrivialDataFetcher()) {
            return fetcher;
        }
        DataFetchingEnvironment fetching = parameters.getEnvironment();
        if (fetching.getParentType() != fetching.getGraphQLSchema().getMutationType()) {
            return fetcher;
        }
        String field = fetching.getFieldDefinition().getName();
        Role needed = adminOnly.contains(field) ? Role.ADMIN : Role.EDITOR;
        return environment -> {
            Authentication caller = SecurityContextHolder.getContext().getAuthentication();
            if (MutationGate.isAuthenticated() && holds(caller, needed)) {
                return fetcher.get(environment);
            }
            boolean anonymous = !MutationGate.isAuthenticated();
            return DataFetcherResult.newResult()
                    .error(GraphqlErrorBuilder.newError(environment)
                            .errorType(anonymous ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN)
                            .message(anonymous ? environment.getField().getName() + " needs an API key with the role "
                                    + needed : "The caller '" + caller.getName() + "' lacks the role " + needed
                                    + " that " + environment.getField().getName() + " needs")
                            .extensions(java.util.Map.of("requiredRole", needed.name()))
                            .build())
                    .build();
        };
    }

    private DataFetcher<?> introspection(DataFetcher<?> fetcher) {
        if (schemaAccess == SchemaAccess.OPEN) {
            return fetcher;
        }
        return environment -> {
            Authentication caller = SecurityContextHolder.getContext().getAuthentication();
            if (schemaAccess == SchemaAccess.ADMIN && MutationGate.isAuthenticated() && holds(caller, Role.ADMIN)) {
                return fetcher.get(environment);
            }
            boolean anonymous = !MutationGate.isAuthenticated() && schemaAccess != SchemaAccess.CLOSED;
            String message = schemaAccess == SchemaAccess.CLOSED ? "Introspection is off on this service"
                    : anonymous ? "Introspection needs an API key with the role ADMIN"
                    : "The caller '" + caller.getName() + "' lacks the role ADMIN that introspection needs";
            return DataFetcherResult.newResult()
                    .error(GraphqlErrorBuilder.newError(environment)
                            .errorType(anonymous ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN)
                            .message(message)
                            .extensions(java.util.Map.of("code", "INTROSPECTION_DISABLED", "requiredRole", "ADMIN"))
                            .build())
                    .build();
        };
    }

    private static boolean holds(Authentication caller, Role role) {
        return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(role.authority()::equals);
    }
}

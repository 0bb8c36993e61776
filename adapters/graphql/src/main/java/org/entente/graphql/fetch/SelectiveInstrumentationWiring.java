package org.entente.graphql.fetch;

import graphql.execution.instrumentation.Instrumentation;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * The service's instrumentations (every {@link Instrumentation} bean, in the order spring-graphql's
 * auto-configuration takes them) run as one {@link SelectiveInstrumentation} in place of the chain spring-graphql
 * would put around them.
 */
@Component
public final class SelectiveInstrumentationWiring implements GraphQlSourceBuilderCustomizer {
    private final ObjectProvider<Instrumentation> instrumentations;

    public SelectiveInstrumentationWiring(ObjectProvider<Instrumentation> instrumentations) {
        this.instrumentations = instrumentations;
    }

    @Override
    public void customize(GraphQlSource.SchemaResourceBuilder builder) {
        List<Instrumentation> members = instrumentations.orderedStream().toList();
        if (!members.isEmpty()) {
            // the configurers run after spring-graphql has set its chain, so this one takes its place
            builder.configureGraphQl(graphQl -> graphQl.instrumentation(new SelectiveInstrumentation(members)));
        }
    }
}

package org.entente.graphql.scalar;

import graphql.schema.idl.RuntimeWiring;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/** Registers the scalars the schema declares. */
@Component
public class ScalarWiring implements RuntimeWiringConfigurer {
    @Override
    public void configure(RuntimeWiring.Builder builder) {
        builder.scalar(DateScalar.DATE);
    }
}

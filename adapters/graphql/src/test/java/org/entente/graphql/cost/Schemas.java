package org.entente.graphql.cost;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The adapter's schema, built from its files without any wiring: enough to measure documents against. */
final class Schemas {
    static final GraphQLSchema ENTENTE = build();

    private Schemas() {
    }

    private static GraphQLSchema build() {
        TypeDefinitionRegistry types = new TypeDefinitionRegistry();
        for (String file : new String[] {"schema.graphqls", "curation.graphqls", "subscriptions.graphqls"}) {
            try (InputStream in = Schemas.class.getResourceAsStream("/graphql/" + file)) {
                types.merge(new SchemaParser().parse(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(types);
    }
}

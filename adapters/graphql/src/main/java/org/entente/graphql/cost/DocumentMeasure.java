package org.entente.graphql.cost;

import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import java.util.Map;

/**
 * What an operation asks for, read from its text before anything runs: how deep its fields nest, how many fields
 * carry an alias, how many fields it asks for at the root, how many objects it may return and how many of its root
 * fields are mutations. Fragments count wherever they are spread.
 *
 * @param depth      the deepest nesting of fields, a root field with only scalars being 1
 * @param aliases    the aliased fields, each spread of a fragment counting its aliases again
 * @param rootFields the distinct response keys of the root selection
 * @param nodes      the objects the operation may return: each list multiplies what it holds by the page size its
 *                   {@code first}/{@code last} ask for (20 without either) inside a connection, by the length of a
 *                   list argument ({@code nodes(ids:)}), or else by the estimate given for lists without pages
 * @param mutations  the root fields of a mutation, 0 for a query or a subscription
 */
public record DocumentMeasure(int depth, double aliases, int rootFields, double nodes, int mutations) {
    /** Every mutation field costs this many points besides the objects it returns (Shopify's figure). */
    public static final int MUTATION_POINTS = 10;

    /** The operation's measure over {@code schema}; {@code variables} give the page sizes sent as variables. */
    public static DocumentMeasure of(GraphQLSchema schema, Map<String, FragmentDefinition> fragments,
                                     OperationDefinition operation, Map<String, Object> variables,
                                     int listSizeEstimate) {
        GraphQLObjectType root = switch (operation.getOperation()) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
        };
        Selections walk = new Selections(schema, fragments, variables, listSizeEstimate);
        int rootFields = walk.responseKeys(operation.getSelectionSet());
        return new DocumentMeasure(walk.depth(operation.getSelectionSet()), walk.aliases(operation.getSelectionSet()),
                rootFields, root == null ? 0 : walk.nodes(operation.getSelectionSet(), root, Selections.NO_PAGE),
                operation.getOperation() == OperationDefinition.Operation.MUTATION ? rootFields : 0);
    }

    /** The same for the one operation a document names, or its only one; for tests and tools. */
    public static DocumentMeasure of(GraphQLSchema schema, Document document, String operationName,
                                     Map<String, Object> variables, int listSizeEstimate) {
        OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(op -> operationName == null || operationName.equals(op.getName()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no operation " + operationName));
        Map<String, FragmentDefinition> fragments = new java.util.HashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        return of(schema, fragments, operation, variables, listSizeEstimate);
    }

    /** The points this operation is estimated to cost: one for the request, one per object, and per mutation. */
    public long estimatedCost() {
        return Points.saturated(1 + nodes + (double) MUTATION_POINTS * mutations);
    }
}

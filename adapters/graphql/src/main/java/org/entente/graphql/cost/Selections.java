package org.entente.graphql.cost;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.application.page.PageRequest;

/**
 * Walks the selections of one operation for {@link DocumentMeasure}. Each fragment is measured once per way it is
 * reached and the figure reused at every spread, so that a fragment spread twice in each of thirty fragments costs
 * thirty steps, not 2^30; a fragment that spreads itself (which validation refuses anyway) counts nothing more.
 */
final class Selections {
    /** The page size of a selection that is no connection's. */
    static final int NO_PAGE = -1;

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments;
    private final Map<String, Object> variables;
    private final int listSizeEstimate;
    private final Map<String, Integer> depths = new HashMap<>();
    private final Map<String, Double> aliasCounts = new HashMap<>();
    private final Map<String, Double> nodeCounts = new HashMap<>();
    private final Set<String> entered = new HashSet<>();

    Selections(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Map<String, Object> variables,
               int listSizeEstimate) {
        this.schema = schema;
        this.fragments = fragments;
        this.variables = variables == null ? Map.of() : variables;
        this.listSizeEstimate = listSizeEstimate;
    }

    int depth(SelectionSet set) {
        int deepest = 0;
        for (Selection<?> selection : selections(set)) {
            if (selection instanceof Field field) {
                deepest = Math.max(deepest, 1 + depth(field.getSelectionSet()));
            } else if (selection instanceof InlineFragment inline) {
                deepest = Math.max(deepest, depth(inline.getSelectionSet()));
            } else if (selection instanceof FragmentSpread spread) {
                deepest = Math.max(deepest, fragment("depth", spread.getName(), depths, 0,
                        definition -> depth(definition.getSelectionSet())));
            }
        }
        return deepest;
    }

    double aliases(SelectionSet set) {
        double count = 0;
        for (Selection<?> selection : selections(set)) {
            if (selection instanceof Field field) {
                count += (field.getAlias() != null ? 1 : 0) + aliases(field.getSelectionSet());
            } else if (selection instanceof InlineFragment inline) {
                count += aliases(inline.getSelectionSet());
            } else if (selection instanceof FragmentSpread spread) {
                count += fragment("aliases", spread.getName(), aliasCounts, 0.0,
                        definition -> aliases(definition.getSelectionSet()));
            }
        }
        return count;
    }

    /** The distinct response keys of a selection, through its fragments. */
    int responseKeys(SelectionSet set) {
        Set<String> keys = new LinkedHashSet<>();
        collectKeys(set, keys, new HashSet<>());
        return keys.size();
    }

    private void collectKeys(SelectionSet set, Set<String> keys, Set<String> seen) {
        for (Selection<?> selection : selections(set)) {
            if (selection instanceof Field field) {
                keys.add(field.getResultKey());
            } else if (selection instanceof InlineFragment inline) {
                collectKeys(inline.getSelectionSet(), keys, seen);
            } else if (selection instanceof FragmentSpread spread && seen.add(spread.getName())
                    && fragments.containsKey(spread.getName())) {
                collectKeys(fragments.get(spread.getName()).getSelectionSet(), keys, seen);
            }
        }
    }

    /**
     * The objects a selection on {@code parent} may return for one parent object. {@code page} is the page size when
     * the selection is a connection's, which its lists ({@code edges}, {@code nodes}) hold. On an interface or a
     * union, the fragments of its different types are alternatives: the dearest of them counts.
     */
    double nodes(SelectionSet set, GraphQLCompositeType parent, int page) {
        double common = 0;
        Map<String, Double> alternatives = new HashMap<>();
        for (Selection<?> selection : selections(set)) {
            GraphQLCompositeType on = parent;
            double cost = 0;
            if (selection instanceof Field field) {
                cost = fieldNodes(field, parent, page);
            } else if (selection instanceof InlineFragment inline) {
                on = inline.getTypeCondition() == null ? parent : composite(inline.getTypeCondition().getName(), parent);
                cost = nodes(inline.getSelectionSet(), on, page);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                GraphQLCompositeType condition = composite(
                        fragments.get(spread.getName()).getTypeCondition().getName(), parent);
                on = condition;
                cost = fragment("nodes@" + page, spread.getName(), nodeCounts, 0.0,
                        definition -> nodes(definition.getSelectionSet(), condition, page));
            }
            if (parent instanceof GraphQLObjectType || on == parent) {
                common += cost;
            } else {
                alternatives.merge(((GraphQLNamedType) on).getName(), cost, Double::sum);
            }
        }
        return common + alternatives.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private double fieldNodes(Field field, GraphQLCompositeType parent, int page) {
        GraphQLFieldDefinition definition = definition(parent, field.getName());
        if (definition == null) {
            return 0;
        }
        GraphQLType named = GraphQLTypeUtil.unwrapAll(definition.getType());
        if (!(named instanceof GraphQLCompositeType composite)) {
            return 0;
        }
        double times = isList(definition.getType()) ? listSize(field, definition, page) : 1;
        int childPage = definition.getArgument("first") != null || definition.getArgument("last") != null
                ? pageSize(field) : NO_PAGE;
        return times * (1 + nodes(field.getSelectionSet(), composite, childPage));
    }

    /** How many items a list field is taken to hold. */
    private double listSize(Field field, GraphQLFieldDefinition definition, int page) {
        if (page != NO_PAGE) {
            return page;
        }
        for (Argument argument : field.getArguments()) {
            if (definition.getArgument(argument.getName()) != null
                    && isList(definition.getArgument(argument.getName()).getType())) {
                return length(argument.getValue());
            }
        }
        return listSizeEstimate;
    }

    /** The page a connection field asks for: {@code last}, else {@code first}, else the default page. */
    private int pageSize(Field field) {
        Integer first = null;
        Integer last = null;
        for (Argument argument : field.getArguments()) {
            if ("first".equals(argument.getName())) {
                first = integer(argument.getValue());
            } else if ("last".equals(argument.getName())) {
                last = integer(argument.getValue());
            }
        }
        int size = last != null ? last : first != null ? first : PageRequest.DEFAULT_SIZE;
        return Math.max(0, size);
    }

    private Integer integer(Value<?> value) {
        if (value instanceof IntValue literal) {
            return clamp(literal.getValue());
        }
        if (value instanceof VariableReference reference && variables.get(reference.getName()) instanceof Number n) {
            return clamp(BigInteger.valueOf(n.longValue()));
        }
        return null;
    }

    private static int clamp(BigInteger value) {
        return value.max(BigInteger.ZERO).min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
    }

    private double length(Value<?> value) {
        if (value instanceof ArrayValue array) {
            return array.getValues().size();
        }
        if (value instanceof VariableReference reference) {
            Object given = variables.get(reference.getName());
            return given instanceof List<?> list ? list.size() : given == null ? 0 : 1;
        }
        return 1;
    }

    private GraphQLFieldDefinition definition(GraphQLCompositeType parent, String name) {
        if ("__typename".equals(name)) {
            return null;
        }
        if (parent == schema.getQueryType() && "__schema".equals(name)) {
            return schema.getIntrospectionSchemaFieldDefinition();
        }
        if (parent == schema.getQueryType() && "__type".equals(name)) {
            return schema.getIntrospectionTypeFieldDefinition();
        }
        return parent instanceof GraphQLFieldsContainer container ? container.getFieldDefinition(name) : null;
    }

    private GraphQLCompositeType composite(String typeName, GraphQLCompositeType otherwise) {
        return schema.getType(typeName) instanceof GraphQLCompositeType type ? type : otherwise;
    }

    private static boolean isList(GraphQLType type) {
        return GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList;
    }

    private static List<Selection> selections(SelectionSet set) {
        return set == null ? List.of() : set.getSelections();
    }

    /** A fragment's figure, measured once; a fragment reached again while it is being measured counts {@code none}. */
    private <T> T fragment(String measure, String name, Map<String, T> memo, T none,
                           java.util.function.Function<FragmentDefinition, T> measuring) {
        String key = measure + ":" + name;
        T known = memo.get(key);
        if (known != null) {
            return known;
        }
        FragmentDefinition definition = fragments.get(name);
        if (definition == null || !entered.add(key)) {
            return none;
        }
        try {
            T value = measuring.apply(definition);
            memo.put(key, value);
            return value;
        } finally {
            entered.remove(key);
        }
    }
}

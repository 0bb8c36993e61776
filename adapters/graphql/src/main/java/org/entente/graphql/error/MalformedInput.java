package org.entente.graphql.error;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.CoercedVariables;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.Document;
import graphql.language.EnumValue;
import graphql.language.Field;
import graphql.language.FloatValue;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.SourceLocation;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.parser.Parser;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * An argument whose literal value does not fit its type (a required input field left out, a string where a number
 * goes, an enum value that is none) is refused by graphql-java's validation with its own text, which prints the
 * parsed value's internals ({@code ObjectValue{objectFields=[…}}). This says instead, once for each problem, which
 * field of the argument is at fault and what it takes: {@code input.evidence is required: a list of EvidenceInput}.
 * Only answers that validation refused are read again, so a valid request costs nothing here.
 */
@Component
public class MalformedInput extends SimplePerformantInstrumentation {
    static final String CODE = "INPUT_MALFORMED";

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                        InstrumentationExecutionParameters parameters,
                                                                        InstrumentationState state) {
        if (result.getErrors().stream().noneMatch(MalformedInput::isWrongValue)) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = new ArrayList<>();
        for (GraphQLError error : result.getErrors()) {
            List<GraphQLError> retold = isWrongValue(error)
                    ? retell(error, parameters.getQuery(), parameters.getOperation(), parameters.getSchema()) : List.of();
            errors.addAll(retold.isEmpty() ? List.of(error) : retold);
        }
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
    }

    private static boolean isWrongValue(GraphQLError error) {
        return error instanceof ValidationError v && v.getValidationErrorType() == ValidationErrorType.WrongType
                && v.getLocations() != null && v.getLocations().size() == 1;
    }

    /** Our errors for graphql-java's; none when the argument it is about cannot be found again. */
    private static List<GraphQLError> retell(GraphQLError error, String query, String operationName,
                                             GraphQLSchema schema) {
        Document document;
        try {
            document = Parser.parse(query);
        } catch (RuntimeException unreadable) {
            return List.of();
        }
        Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, f -> f, (a, b) -> a));
        Found found = null;
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            if (operationName == null || operationName.equals(operation.getName())) {
                GraphQLFieldsContainer root = switch (operation.getOperation()) {
                    case MUTATION -> schema.getMutationType();
                    case SUBSCRIPTION -> schema.getSubscriptionType();
                    default -> schema.getQueryType();
                };
                found = find(operation.getSelectionSet(), root, error.getLocations().get(0), fragments, schema);
                if (found != null) {
                    break;
                }
            }
        }
        if (found == null) {
            return List.of();
        }
        List<String[]> problems = new ArrayList<>();
        check(found.argument().getValue(), found.definition().getType(), found.argument().getName(), problems);
        return problems.stream().map(problem -> (GraphQLError) GraphqlErrorBuilder.newError()
                .errorType(ErrorType.BAD_REQUEST).message(problem[1]).locations(error.getLocations())
                .extensions(Map.of("code", CODE, "field", List.of(problem[0].split("\\."))))
                .build()).toList();
    }

    private record Found(Argument argument, GraphQLArgument definition) {
    }

    private static Found find(SelectionSet selections, GraphQLType parent, SourceLocation at,
                              Map<String, FragmentDefinition> fragments, GraphQLSchema schema) {
        if (selections == null || !(GraphQLTypeUtil.unwrapAll(parent) instanceof GraphQLFieldsContainer container)) {
            return null;
        }
        for (Selection<?> selection : selections.getSelections()) {
            Found found = null;
            if (selection instanceof Field field) {
                GraphQLFieldDefinition definition = container.getFieldDefinition(field.getName());
                if (definition == null) {
                    continue;
                }
                for (Argument argument : field.getArguments()) {
                    if (at.equals(argument.getSourceLocation()) && definition.getArgument(argument.getName()) != null) {
                        return new Found(argument, definition.getArgument(argument.getName()));
                    }
                }
                found = find(field.getSelectionSet(), definition.getType(), at, fragments, schema);
            } else if (selection instanceof InlineFragment inline) {
                found = find(inline.getSelectionSet(), inline.getTypeCondition() == null ? container
                        : schema.getType(inline.getTypeCondition().getName()), at, fragments, schema);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                found = find(fragment.getSelectionSet(), schema.getType(fragment.getTypeCondition().getName()), at,
                        fragments, schema);
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Notes {@code [path, message]} for each part of {@code value} that does not fit {@code type}. */
    static void check(Value<?> value, GraphQLInputType type, String path, List<String[]> problems) {
        if (value instanceof VariableReference) {
            return; // variables are checked, and told, as they are coerced
        }
        if (value == null || value instanceof NullValue) {
            if (type instanceof GraphQLNonNull) {
                problems.add(new String[] {path, path + " is required: " + describe(type)});
            }
            return;
        }
        GraphQLInputType bare = (GraphQLInputType) GraphQLTypeUtil.unwrapNonNull(type);
        if (bare instanceof GraphQLList list) {
            GraphQLInputType item = (GraphQLInputType) list.getWrappedType();
            if (value instanceof ArrayValue array) {
                for (int i = 0; i < array.getValues().size(); i++) {
                    check(array.getValues().get(i), item, path + "." + i, problems);
                }
            } else {
                check(value, item, path, problems); // one value stands for a list of one
            }
        } else if (bare instanceof GraphQLInputObjectType object) {
            checkObject(value, object, path, problems);
        } else if (bare instanceof GraphQLEnumType enumType) {
            Set<String> names = enumType.getValues().stream().map(GraphQLEnumValueDefinition::getName)
                    .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
            if (!(value instanceof EnumValue e) || !names.contains(e.getName())) {
                problems.add(new String[] {path, path + " must be one of " + String.join(", ", names) + ", was "
                        + shown(value)});
            }
        } else if (bare instanceof GraphQLScalarType scalar && !fits(value, scalar)) {
            problems.add(new String[] {path, path + " must be " + describe(scalar) + ", was " + shown(value)});
        }
    }

    private static void checkObject(Value<?> value, GraphQLInputObjectType object, String path,
                                    List<String[]> problems) {
        if (!(value instanceof ObjectValue given)) {
            problems.add(new String[] {path, path + " must be an object of type " + object.getName() + " with "
                    + fieldsOf(object) + ", was " + shown(value)});
            return;
        }
        Map<String, ObjectField> byName = given.getObjectFields().stream()
                .collect(Collectors.toMap(ObjectField::getName, f -> f, (a, b) -> a));
        for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
            ObjectField present = byName.get(field.getName());
            if (present == null) {
                if (field.getType() instanceof GraphQLNonNull && !field.hasSetDefaultValue()) {
                    problems.add(new String[] {path + "." + field.getName(), path + "." + field.getName()
                            + " is required: " + describe(field.getType())});
                }
            } else {
                check(present.getValue(), field.getType(), path + "." + field.getName(), problems);
            }
        }
        for (ObjectField field : given.getObjectFields()) {
            if (object.getFieldDefinition(field.getName()) == null) {
                problems.add(new String[] {path + "." + field.getName(), path + "." + field.getName()
                        + " is not a field of " + object.getName() + ", which has " + fieldsOf(object)});
            }
        }
    }

    private static boolean fits(Value<?> value, GraphQLScalarType scalar) {
        return switch (scalar.getName()) {
            case "Int" -> value instanceof IntValue;
            case "Float" -> value instanceof IntValue || value instanceof FloatValue;
            case "String" -> value instanceof StringValue;
            case "Boolean" -> value instanceof BooleanValue;
            case "ID" -> value instanceof StringValue || value instanceof IntValue;
            default -> {
                try {
                    scalar.getCoercing().parseLiteral(value, CoercedVariables.emptyVariables(),
                            GraphQLContext.getDefault(), Locale.ROOT);
                    yield true;
                } catch (RuntimeException refused) {
                    yield false;
                }
            }
        };
    }

    /** A type in words: {@code a list of EvidenceInput}, {@code a String}. */
    static String describe(GraphQLType type) {
        GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
        if (bare instanceof GraphQLList list) {
            return "a list of " + GraphQLTypeUtil.simplePrint(GraphQLTypeUtil.unwrapAll(list));
        }
        if (bare instanceof GraphQLInputObjectType object) {
            return "an object of type " + object.getName() + " with " + fieldsOf(object);
        }
        String name = GraphQLTypeUtil.simplePrint(bare);
        return (name.matches("[AEIOU].*") ? "an " : "a ") + name;
    }

    private static String fieldsOf(GraphQLInputObjectType object) {
        return "fields " + object.getFieldDefinitions().stream()
                .map(f -> f.getName() + (f.getType() instanceof GraphQLNonNull ? " (required)" : ""))
                .collect(Collectors.joining(", "));
    }

    /** A value as it was written, in GraphQL, not as the parser holds it. */
    private static String shown(Value<?> value) {
        if (value instanceof StringValue s) {
            return "\"" + s.getValue() + "\"";
        }
        if (value instanceof IntValue i) {
            return i.getValue().toString();
        }
        if (value instanceof FloatValue f) {
            return f.getValue().toPlainString();
        }
        if (value instanceof BooleanValue b) {
            return Boolean.toString(b.isValue());
        }
        if (value instanceof EnumValue e) {
            return e.getName();
        }
        if (value instanceof ArrayValue) {
            return "a list";
        }
        if (value instanceof ObjectValue) {
            return "an object";
        }
        return "null";
    }
}

package org.entente.graphql.scalar;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.util.Locale;
import org.entente.domain.common.PartialDate;

/** The {@code Date} scalar: a {@link PartialDate} written in ISO 8601 at day, month or year precision. */
public final class DateScalar {
    private static final String SHAPE = "a Date is a string such as \"2025-12-04\", \"2024-12\" or \"2027\"";

    public static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
            .name("Date")
            .description("A date known to the day, the month or the year, in ISO 8601: 2025-12-04, 2024-12 or 2027.")
            .coercing(new DateCoercing())
            .build();

    private DateScalar() {
    }

    private static final class DateCoercing implements Coercing<Object, String> {
        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            if (value instanceof PartialDate date) {
                return date.toString();
            }
            throw new CoercingSerializeException("a Date field produced something that is not a date");
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) {
            if (input instanceof String text) {
                return new DateInput(text);
            }
            if (input instanceof Number number) {
                return new DateInput(number.toString());
            }
            throw new CoercingParseValueException(SHAPE);
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (input instanceof StringValue text) {
                return new DateInput(text.getValue());
            }
            if (input instanceof IntValue year) {
                return new DateInput(year.getValue().toString());
            }
            throw new CoercingParseLiteralException(SHAPE);
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return StringValue.of(input instanceof DateInput date ? date.text() : String.valueOf(input));
        }
    }
}

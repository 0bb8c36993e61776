package org.entente.bootstrap.web;

import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shape of a GraphQL request sent as JSON: {@code query} and {@code operationName} strings, {@code variables}
 * and {@code extensions} objects, each of them perhaps null or absent. Spring would read a number or a boolean as
 * the text of a document or an operation's name; the spec has them refused, so they are, with the field named.
 */
final class Envelopes {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Envelopes() {
    }

    /**
     * What is wrong with the fields of {@code body}, or null if nothing is (or if it is no JSON: Spring says so). It
     * reads the tokens of the top level only, skipping what the fields hold, so a large {@code variables} costs a
     * scan, not a tree.
     */
    static String problem(byte[] body) {
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                String problem = switch (name) {
                    case "query", "operationName" -> value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NULL
                            ? null : "'" + name + "' must be a string" + ("query".equals(name)
                            ? " (the GraphQL document)" : "") + ", not " + kind(value);
                    case "variables", "extensions" -> value == JsonToken.START_OBJECT || value == JsonToken.VALUE_NULL
                            ? null : "'" + name + "' must be a JSON object, not " + kind(value);
                    default -> null;
                };
                if (problem != null) {
                    return problem;
                }
                parser.skipChildren();
            }
            return null;
        } catch (JacksonException unreadable) {
            return null;
        }
    }

    private static String kind(JsonToken token) {
        return switch (token) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case START_OBJECT -> "an object";
            default -> "null";
        };
    }

    /** A JSON value's kind, as a client would name it. */
    static String kind(Object value) {
        return value instanceof Number ? "a number" : value instanceof Boolean ? "a boolean"
                : value instanceof List<?> ? "an array" : value instanceof String ? "a string"
                : value instanceof Map<?, ?> ? "an object" : "null";
    }
}

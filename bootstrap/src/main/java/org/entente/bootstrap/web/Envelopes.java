package org.entente.bootstrap.web;

import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
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

    /** What is wrong with the fields of {@code body}, or null if nothing is (or if it is no JSON: Spring says so). */
    static String problem(byte[] body) {
        JsonNode envelope;
        try {
            envelope = JSON.readTree(body);
        } catch (JacksonException unreadable) {
            return null;
        }
        if (envelope == null || !envelope.isObject()) {
            return null;
        }
        for (String name : List.of("query", "operationName")) {
            JsonNode field = envelope.get(name);
            if (field != null && !field.isNull() && !field.isString()) {
                return "'" + name + "' must be a string" + ("query".equals(name) ? " (the GraphQL document)" : "")
                        + ", not " + kind(field);
            }
        }
        for (String name : List.of("variables", "extensions")) {
            JsonNode field = envelope.get(name);
            if (field != null && !field.isNull() && !field.isObject()) {
                return "'" + name + "' must be a JSON object, not " + kind(field);
            }
        }
        return null;
    }

    /** A JSON value's kind, as a client would name it. */
    static String kind(Object value) {
        if (value instanceof JsonNode node) {
            return node.isNumber() ? "a number" : node.isBoolean() ? "a boolean" : node.isArray() ? "an array"
                    : node.isString() ? "a string" : node.isObject() ? "an object" : "null";
        }
        return value instanceof Number ? "a number" : value instanceof Boolean ? "a boolean"
                : value instanceof List<?> ? "an array" : value instanceof String ? "a string"
                : value instanceof Map<?, ?> ? "an object" : "null";
    }
}

package org.entente.storage.postgresql;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.entente.domain.common.AggregateId;
import org.entente.domain.common.DomainException;
import org.entente.domain.common.PartialDate;
import org.entente.domain.geo.Country;
import org.entente.domain.source.Evidence;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The documents stored as {@code jsonb}, written field by field: dates as they print ({@code 2024-12}), countries by
 * code, ids and enums as strings, an absent value left out. The stored format is this adapter's, not a mirror of the
 * domain's classes, so that a renamed component never silently changes what is on disk.
 */
final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** The document's text, refused when a value holds U+0000, which PostgreSQL's text and jsonb cannot hold. */
    static String write(ObjectNode document, String kind, String id) {
        String field = fieldWithNul(document, "");
        if (field != null) {
            throw new DomainException("TEXT_UNSTORABLE", kind + " " + id + ": " + field
                    + " holds the character U+0000, which PostgreSQL cannot store; remove it");
        }
        return MAPPER.writeValueAsString(document);
    }

    static JsonNode read(String text) {
        return MAPPER.readTree(text);
    }

    static void put(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }

    static void put(ObjectNode o, String field, PartialDate value) {
        if (value != null) {
            o.put(field, value.toString());
        }
    }

    static void put(ObjectNode o, String field, Country value) {
        if (value != null) {
            o.put(field, value.code());
        }
    }

    static void put(ObjectNode o, String field, AggregateId value) {
        if (value != null) {
            o.put(field, value.value());
        }
    }

    static void put(ObjectNode o, String field, Enum<?> value) {
        if (value != null) {
            o.put(field, value.name());
        }
    }

    /** A list of strings, written even when empty. */
    static void texts(ObjectNode o, String field, Collection<String> values) {
        ArrayNode array = o.putArray(field);
        values.forEach(array::add);
    }

    /** A list of values of one kind, each as {@code writer} makes it, written even when empty. */
    static <T> void objects(ObjectNode o, String field, List<T> values, Function<T, ObjectNode> writer) {
        ArrayNode array = o.putArray(field);
        values.forEach(value -> array.add(writer.apply(value)));
    }

    static void evidence(ObjectNode o, List<Evidence> evidence) {
        objects(o, "evidence", evidence, e -> {
            ObjectNode d = object();
            d.put("source", e.source().value());
            d.put("quote", e.quote());
            d.put("offset", e.offset());
            d.put("inferred", e.inferred());
            put(d, "note", e.note());
            return d;
        });
    }

    /** The path of the first string under {@code node} that holds U+0000, or null. */
    private static String fieldWithNul(JsonNode node, String path) {
        if (node.isString()) {
            return node.stringValue().indexOf('\u0000') >= 0 ? path : null;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = fieldWithNul(node.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                String found = fieldWithNul(entry.getValue(), path.isEmpty() ? entry.getKey()
                        : path + "." + entry.getKey());
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}

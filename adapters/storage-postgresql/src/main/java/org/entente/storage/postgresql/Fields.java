package org.entente.storage.postgresql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.entente.domain.common.PartialDate;
import org.entente.domain.geo.Country;
import org.entente.domain.source.Evidence;
import org.entente.domain.source.SourceId;
import tools.jackson.databind.JsonNode;

/**
 * The fields of a stored document, read back as {@link Json} wrote them. A required field that is missing or of
 * the wrong kind fails with the field's name; the record's own constructor checks the rest.
 */
final class Fields {
    private final JsonNode node;

    Fields(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalStateException("expected an object, found " + node);
        }
        this.node = node;
    }

    String text(String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new IllegalStateException("field '" + field + "' is missing or not a string");
        }
        return value.stringValue();
    }

    String optionalText(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : text(field);
    }

    PartialDate date(String field) {
        return PartialDate.parse(text(field));
    }

    PartialDate optionalDate(String field) {
        String text = optionalText(field);
        return text == null ? null : PartialDate.parse(text);
    }

    Country country(String field) {
        return new Country(text(field));
    }

    Country optionalCountry(String field) {
        String text = optionalText(field);
        return text == null ? null : new Country(text);
    }

    <I> I id(String field, Function<String, I> of) {
        return of.apply(text(field));
    }

    <I> I optionalId(String field, Function<String, I> of) {
        String text = optionalText(field);
        return text == null ? null : of.apply(text);
    }

    <E extends Enum<E>> E kind(String field, Class<E> type) {
        return Enum.valueOf(type, text(field));
    }

    int integer(String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isInt()) {
            throw new IllegalStateException("field '" + field + "' is missing or not an integer");
        }
        return value.intValue();
    }

    boolean bool(String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isBoolean()) {
            throw new IllegalStateException("field '" + field + "' is missing or not a boolean");
        }
        return value.booleanValue();
    }

    Boolean optionalBool(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : bool(field);
    }

    List<String> texts(String field) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : array(field)) {
            if (!value.isString()) {
                throw new IllegalStateException("field '" + field + "' holds " + value + ", not a string");
            }
            values.add(value.stringValue());
        }
        return values;
    }

    <T> List<T> objects(String field, Function<Fields, T> reader) {
        List<T> values = new ArrayList<>();
        for (JsonNode value : array(field)) {
            values.add(reader.apply(new Fields(value)));
        }
        return values;
    }

    /** The object {@code field} holds as {@code reader} reads it, or null when absent. */
    <T> T optionalObject(String field, Function<Fields, T> reader) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : reader.apply(new Fields(value));
    }

    List<Evidence> evidence() {
        return objects("evidence", e -> new Evidence(e.id("source", SourceId::new), e.text("quote"),
                e.integer("offset"), e.bool("inferred"), e.optionalText("note")));
    }

    private JsonNode array(String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new IllegalStateException("field '" + field + "' is missing or not a list");
        }
        return value;
    }
}

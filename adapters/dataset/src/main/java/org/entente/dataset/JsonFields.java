package org.entente.dataset;

import java.util.Collection;
import java.util.function.Function;
import org.entente.domain.common.AggregateId;
import org.entente.domain.common.PartialDate;
import org.entente.domain.geo.Country;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One JSON object being written, field by field in the order called. A field with no value (null, an empty list,
 * {@code inferred} false) is left out, so that every file says the same thing the same way.
 */
final class JsonFields {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectNode node = NODES.objectNode();

    ObjectNode node() {
        return node;
    }

    /** A string, id, date, country, enum constant, number or boolean; left out when null. */
    JsonFields put(String name, Object value) {
        if (value instanceof Boolean b) {
            node.put(name, b);
        } else if (value instanceof Integer i) {
            node.put(name, i);
        } else if (value != null) {
            node.put(name, scalar(value));
        }
        return this;
    }

    /** A boolean that is written only when true. */
    JsonFields flag(String name, boolean value) {
        if (value) {
            node.put(name, true);
        }
        return this;
    }

    /** An array of scalars, in the order given; left out when empty. */
    JsonFields list(String name, Collection<?> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(name);
            values.forEach(v -> array.add(scalar(v)));
        }
        return this;
    }

    /** An array of objects, in the order given; left out when empty. */
    <T> JsonFields objects(String name, Collection<T> values, Function<T, JsonFields> write) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(name);
            values.forEach(v -> array.add(write.apply(v).node()));
        }
        return this;
    }

    /** A nested object; left out when null. */
    <T> JsonFields object(String name, T value, Function<T, JsonFields> write) {
        if (value != null) {
            node.set(name, write.apply(value).node());
        }
        return this;
    }

    private static String scalar(Object value) {
        if (value instanceof String s) {
            return s;
        } else if (value instanceof AggregateId id) {
            return id.value();
        } else if (value instanceof Enum<?> e) {
            return e.name();
        } else if (value instanceof Country c) {
            return c.code();
        } else if (value instanceof PartialDate d) {
            return d.toString();
        }
        throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
    }
}

package org.entente.dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.entente.domain.common.AggregateId;
import org.entente.domain.common.DomainException;
import org.entente.domain.common.PartialDate;
import org.entente.domain.source.Evidence;
import org.entente.domain.source.Source;
import org.entente.domain.source.SourceId;
import tools.jackson.databind.JsonNode;

/**
 * One JSON object of a data set file being read: a record, or a value nested in one (an attendance, a post).
 * Every accessor reports what is wrong with its field as a problem naming the record and the field's path, and
 * returns null, so that one pass finds every problem. Fields never asked for are reported as unknown.
 */
final class JsonRecord {
    private final JsonNode node;
    private final String path;
    private final Problems problems;
    private final QuotedSources sources;
    private final Set<String> fields = new LinkedHashSet<>();
    private final int problemsBefore;
    private String record;
    private boolean dependsOnUnreadable;

    JsonRecord(JsonNode node, String record, String path, Problems problems, QuotedSources sources) {
        this.node = node;
        this.record = record;
        this.path = path;
        this.problems = problems;
        this.sources = sources;
        this.problemsBefore = problems.count();
    }

    /** Reads the record's id and names the record by it from now on, such as {@code meeting jp-vn-talks}. */
    String identify(String kind) {
        String id = text("id");
        if (id != null) {
            if (!AggregateId.FORM.matcher(id).matches()) {
                problem("id", "'" + id + "' is not an id: 1 to 120 letters, digits or . _ : - starting with a letter or digit");
                return null;
            }
            record = kind + " " + id;
        }
        return id;
    }

    String record() {
        return record;
    }

    /** A string that must be present and not blank. */
    String text(String name) {
        String value = optionalText(name);
        if (value == null && isAbsent(name)) {
            problem(name, "is required");
        }
        return value;
    }

    /** A string that may be absent; blank is reported as a problem rather than taken for absent. */
    String optionalText(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            problem(name, "must be a string, was " + value.getNodeType().name().toLowerCase(Locale.ROOT));
            return null;
        }
        if (value.stringValue().isBlank()) {
            problem(name, "must not be blank; leave the field out instead");
            return null;
        }
        return value.stringValue();
    }

    /** A string turned into a value of the model by {@code parse}, whose refusal becomes the field's problem. */
    <T> T parsed(String name, boolean required, Function<String, T> parse) {
        String text = required ? text(name) : optionalText(name);
        return text == null ? null : convert(name, text, parse);
    }

    /** A date written as the data set writes partial dates: {@code 2023}, {@code 2023-11}, {@code 2023-11-27}. */
    PartialDate date(String name, boolean required) {
        return parsed(name, required, PartialDate::parse);
    }

    /** One of the constants of {@code type}, written as its name. */
    <E extends Enum<E>> E choice(String name, Class<E> type, boolean required) {
        return parsed(name, required, text -> constant(type, text));
    }

    /** A boolean that may be absent (null). */
    Boolean bool(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            problem(name, "must be true or false");
            return null;
        }
        return value.booleanValue();
    }

    /** A whole number that must be present. */
    Integer integer(String name) {
        JsonNode value = value(name);
        if (value == null) {
            problem(name, "is required");
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problem(name, "must be a whole number");
            return null;
        }
        return value.intValue();
    }

    /** An array of strings, each turned into a value by {@code parse}; absent is empty. */
    <T> List<T> list(String name, Function<String, T> parse) {
        List<T> out = new ArrayList<>();
        JsonNode array = array(name);
        for (int i = 0; array != null && i < array.size(); i++) {
            String item = name + "[" + i + "]";
            JsonNode value = array.get(i);
            if (!value.isString() || value.stringValue().isBlank()) {
                problem(item, "must be a string that is not blank");
            } else {
                T converted = convert(item, value.stringValue(), parse);
                if (converted != null) {
                    out.add(converted);
                }
            }
        }
        return out;
    }

    /** An array of constants of {@code type}, each written as its name; absent is empty. */
    <E extends Enum<E>> List<E> choices(String name, Class<E> type) {
        return list(name, text -> constant(type, text));
    }

    /** An array of strings kept as they are; absent is empty. */
    List<String> texts(String name) {
        return list(name, Function.identity());
    }

    /** An array of objects, each read by {@code read} as a nested record; absent is empty. */
    <T> List<T> objects(String name, Function<JsonRecord, T> read) {
        List<T> out = new ArrayList<>();
        JsonNode array = array(name);
        for (int i = 0; array != null && i < array.size(); i++) {
            T value = nested(name + "[" + i + "]", array.get(i), read);
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    /**
     * The records of a top-level array, each named by its kind and id ({@code meeting jp-vn-talks}) and read by
     * {@code read} with that id; an id used twice in the array is a problem.
     */
    <T> List<T> records(String name, String kind, BiFunction<JsonRecord, String, T> read) {
        List<T> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonNode array = array(name);
        for (int i = 0; array != null && i < array.size(); i++) {
            String label = name + "[" + i + "]";
            if (!array.get(i).isObject()) {
                problem(label, "must be an object");
                continue;
            }
            JsonRecord record = new JsonRecord(array.get(i), label, "", problems, sources);
            String id = record.identify(kind);
            if (id != null && !ids.add(id)) {
                record.problem("id", "another " + kind + " of this file has the id " + id);
            }
            T value = read.apply(record, id);
            record.finish();
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    /** An object read by {@code read} as a nested record; absent is null. */
    <T> T object(String name, Function<JsonRecord, T> read) {
        JsonNode value = value(name);
        return value == null ? null : nested(name, value, read);
    }

    /** The evidence of a fact: each item names a source of this file and quotes it verbatim. */
    List<Evidence> evidence(String name) {
        return objects(name, JsonRecord::evidenceItem);
    }

    /**
     * Builds a value of the model once its fields are read, unless a field had a problem; the constructor's refusal
     * becomes a problem on the field its rule is about.
     */
    <T> T build(Supplier<T> constructor) {
        if (problems.count() > problemsBefore || dependsOnUnreadable) {
            return null;
        }
        try {
            return constructor.get();
        } catch (DomainException e) {
            String field = FieldOfRule.of(e.rule());
            problem(field == null ? "" : field, e.getMessage());
            return null;
        }
    }

    /** Reports every field of the object that no accessor asked for: a misspelt field would otherwise be lost. */
    void finish() {
        for (String name : node.propertyNames()) {
            if (!fields.contains(name)) {
                problem(name, "is not a field here; the fields are " + String.join(", ", fields));
            }
        }
    }

    boolean isObject() {
        return node.isObject();
    }

    void problem(String name, String message) {
        String field = name.isEmpty() ? path : path.isEmpty() ? name : path + "." + name;
        problems.add(record, field.isEmpty() ? null : field, message);
    }

    private Evidence evidenceItem() {
        SourceId source = parsed("source", true, SourceId::new);
        String quote = text("quote");
        Boolean inferred = bool("inferred");
        String note = optionalText("note");
        if (source == null || quote == null) {
            return null;
        }
        Source quoted = sources.get(source);
        if (quoted == null) {
            if (sources.isUnreadable(source)) {
                dependsOnUnreadable = true;
            } else {
                problem("source", "source " + source.value() + " is not in this file; a file holds every source it quotes");
            }
            return null;
        }
        return build(() -> quoted.evidence(quote, Boolean.TRUE.equals(inferred), note));
    }

    private <T> T nested(String name, JsonNode value, Function<JsonRecord, T> read) {
        if (!value.isObject()) {
            problem(name, "must be an object");
            return null;
        }
        JsonRecord child = new JsonRecord(value, record, path.isEmpty() ? name : path + "." + name, problems, sources);
        T result = read.apply(child);
        child.finish();
        dependsOnUnreadable |= child.dependsOnUnreadable;
        return result;
    }

    private JsonNode array(String name) {
        JsonNode value = value(name);
        if (value != null && !value.isArray()) {
            problem(name, "must be an array");
            return null;
        }
        return value;
    }

    private <T> T convert(String name, String text, Function<String, T> parse) {
        try {
            return parse.apply(text);
        } catch (DomainException | IllegalArgumentException e) {
            problem(name, e.getMessage());
            return null;
        }
    }

    private boolean isAbsent(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull();
    }

    /** The field's value, or null when it is absent or JSON null. */
    private JsonNode value(String name) {
        fields.add(name);
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}

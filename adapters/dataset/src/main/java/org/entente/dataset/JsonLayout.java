package org.entente.dataset;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Lays a JSON tree out as text for people to read and edit: two-space indentation; an array or object that holds
 * no array or object on one line when it fits in {@value #WIDTH} columns, and otherwise one item or field per line.
 * The text depends on the tree only, so equal trees give equal bytes.
 */
final class JsonLayout {
    private static final int WIDTH = 120;

    private final StringBuilder out = new StringBuilder();

    private JsonLayout() {
    }

    /** The tree as text, ending with a newline. */
    static String format(JsonNode root) {
        JsonLayout layout = new JsonLayout();
        layout.value(root, 0, 0);
        return layout.out.append('\n').toString();
    }

    /** Writes {@code node}, which starts at {@code column} of a line indented by {@code indent}. */
    private void value(JsonNode node, int indent, int column) {
        if (!node.isContainer()) {
            out.append(scalar(node));
            return;
        }
        String inline = inline(node);
        if (inline != null && column + inline.length() + 1 <= WIDTH) {
            out.append(inline);
        } else if (node.isObject()) {
            object(node, indent);
        } else {
            array(node, indent);
        }
    }

    private void object(JsonNode node, int indent) {
        out.append("{\n");
        int i = 0;
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = quote(field.getKey()) + ": ";
            pad(indent + 2).append(name);
            value(field.getValue(), indent + 2, indent + 2 + name.length());
            out.append(++i < node.size() ? ",\n" : "\n");
        }
        pad(indent).append('}');
    }

    private void array(JsonNode node, int indent) {
        out.append("[\n");
        for (int i = 0; i < node.size(); i++) {
            pad(indent + 2);
            value(node.get(i), indent + 2, indent + 2);
            out.append(i + 1 < node.size() ? ",\n" : "\n");
        }
        pad(indent).append(']');
    }

    /** The array or object on one line, or null if it holds an array or an object. */
    private static String inline(JsonNode container) {
        StringBuilder line = new StringBuilder(container.isObject() ? "{" : "[");
        int i = 0;
        if (container.isObject()) {
            for (Map.Entry<String, JsonNode> field : container.properties()) {
                if (field.getValue().isContainer()) {
                    return null;
                }
                line.append(i++ == 0 ? "" : ", ").append(quote(field.getKey())).append(": ")
                        .append(scalar(field.getValue()));
            }
        } else {
            for (JsonNode item : container) {
                if (item.isContainer()) {
                    return null;
                }
                line.append(i++ == 0 ? "" : ", ").append(scalar(item));
            }
        }
        return line.append(container.isObject() ? '}' : ']').toString();
    }

    private StringBuilder pad(int spaces) {
        return out.append(" ".repeat(spaces));
    }

    private static String scalar(JsonNode node) {
        if (node.isString()) {
            return quote(node.stringValue());
        } else if (node.isIntegralNumber() || node.isBoolean() || node.isNull()) {
            return node.toString();
        }
        throw new IllegalArgumentException("no layout for a " + node.getNodeType() + " value");
    }

    /** A JSON string: quotes, backslashes and control characters escaped, every other character as it is. */
    private static String quote(String text) {
        StringBuilder s = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                case '\b' -> s.append("\\b");
                case '\f' -> s.append("\\f");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}

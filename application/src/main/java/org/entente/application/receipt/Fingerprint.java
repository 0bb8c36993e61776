package org.entente.application.receipt;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Set;

/**
 * The SHA-256 of a command's canonical text, so that a key reused for another request can be told from a retry.
 * Sets are written sorted and enums by name: {@code Set.copyOf} and enum hash codes change from one JVM to the
 * next, and a fingerprint must not, since receipts outlive the process.
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    public static String of(Object command) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical(command).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static String canonical(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Record record) {
            StringBuilder text = new StringBuilder(record.getClass().getSimpleName()).append('{');
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                text.append(component.getName()).append('=').append(canonical(read(component, record))).append(';');
            }
            return text.append('}').toString();
        }
        if (value instanceof Set<?> set) {
            return "{" + String.join(",", set.stream().map(Fingerprint::canonical).sorted().toList()) + "}";
        }
        if (value instanceof Collection<?> list) {
            return "[" + String.join(",", list.stream().map(Fingerprint::canonical).toList()) + "]";
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof String text) {
            return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        return value.toString();
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

}

package org.entente.graphql.node;

import org.entente.domain.common.RecordKind;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Function;
import org.entente.domain.common.AggregateId;
import org.entente.domain.common.DomainException;
import org.entente.graphql.error.InvalidArgumentException;

/**
 * A global id: the type and the local id of a record, as base64url of {@code Type:localId}. Opaque to clients,
 * stable as long as the record keeps its id, and it says which type it belongs to.
 */
public record GlobalId(RecordKind type, String localId) {
    private static final String MALFORMED = "ID_MALFORMED";
    /** Every id of every answer is encoded: one encoder (they are immutable) rather than two objects each time. */
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    public static String of(RecordKind type, AggregateId id) {
        return new GlobalId(type, id.value()).encode();
    }

    public String encode() {
        byte[] raw = (type.typeName() + ":" + localId).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(raw);
    }

    /** Reads a global id of any type; a malformed one is refused naming {@code argument}. */
    public static GlobalId decode(String text, String argument) {
        if (text == null || text.isBlank()) {
            throw new InvalidArgumentException(argument, MALFORMED, "an id is required");
        }
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw notAnId(text, argument);
        }
        int colon = raw.indexOf(':');
        RecordKind type = colon < 1 ? null : RecordKind.named(raw.substring(0, colon));
        if (type == null) {
            throw notAnId(text, argument);
        }
        String localId = raw.substring(colon + 1);
        try {
            type.idOf(localId);
        } catch (DomainException e) {
            throw notAnId(text, argument);
        }
        return new GlobalId(type, localId);
    }

    /** Reads a global id that must be of {@code expected}; another type is refused naming {@code argument}. */
    public static <I> I decode(String text, RecordKind expected, Function<String, I> idOf, String argument) {
        GlobalId id = decode(text, argument);
        if (id.type != expected) {
            throw new InvalidArgumentException(argument, "ID_WRONG_TYPE", "'" + text + "' is the id of a "
                    + id.type.typeName() + ", where the id of a " + expected.typeName() + " is expected");
        }
        return idOf.apply(id.localId);
    }

    /** Reads an optional global id of {@code expected}: null when absent. */
    public static <I> I decodeOptional(String text, RecordKind expected, Function<String, I> idOf, String argument) {
        return text == null ? null : decode(text, expected, idOf, argument);
    }

    private static InvalidArgumentException notAnId(String text, String argument) {
        return new InvalidArgumentException(argument, MALFORMED, "'" + text
                + "' is not an Entente id; pass back the id field of a record as it was given");
    }
}

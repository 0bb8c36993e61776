package org.entente.domain.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A record's reference to another record, with the field it stands in ({@code attendances[2].person}), so that each
 * can be resolved by whoever checks a whole set of records, whatever their kinds.
 */
public record Reference(String field, RecordKind kind, AggregateId id) {
    public Reference {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    /** The reference in {@code field} to the record of {@code kind} named {@code id}; none when it is not given. */
    public static List<Reference> to(String field, RecordKind kind, AggregateId id) {
        return id == null ? List.of() : List.of(new Reference(field, kind, id));
    }

    /**
     * The reference each item of the list {@code field} makes through {@code idOf}: {@code field[i].part}, or
     * {@code field[i]} when {@code part} is null (a list of ids); items that name none make none.
     */
    public static <T> List<Reference> toEach(String field, String part, RecordKind kind, List<T> items,
                                             Function<T, ? extends AggregateId> idOf) {
        List<Reference> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.addAll(to(field + "[" + i + "]" + (part == null ? "" : "." + part), kind, idOf.apply(items.get(i))));
        }
        return out;
    }

    /** The references of several fields, in the order given. */
    @SafeVarargs
    public static List<Reference> all(List<Reference>... fields) {
        return Stream.of(fields).flatMap(List::stream).toList();
    }
}

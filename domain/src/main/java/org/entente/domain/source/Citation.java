package org.entente.domain.source;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** One piece of evidence a record holds and the field it stands in, such as {@code attendances[2].evidence[0]}. */
public record Citation(String field, Evidence evidence) {

    /** The pieces of {@code evidence}, standing in {@code field}. */
    public static List<Citation> of(String field, List<Evidence> evidence) {
        List<Citation> out = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            out.add(new Citation(field + "[" + i + "]", evidence.get(i)));
        }
        return out;
    }

    /** The evidence of each item of the list {@code field}: {@code field[i].evidence[j]}. */
    public static <T> List<Citation> ofEach(String field, List<T> items, Function<T, List<Evidence>> evidence) {
        List<Citation> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.addAll(of(field + "[" + i + "].evidence", evidence.apply(items.get(i))));
        }
        return out;
    }

    /** The citations of several fields, in the order given. */
    @SafeVarargs
    public static List<Citation> all(List<Citation>... fields) {
        return Stream.of(fields).flatMap(List::stream).toList();
    }
}

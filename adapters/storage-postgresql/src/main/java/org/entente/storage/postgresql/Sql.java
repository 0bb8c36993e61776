package org.entente.storage.postgresql;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.entente.domain.common.AggregateId;
import org.entente.domain.geo.Country;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * One SQL statement as it is put together: its text, with a {@code ?} for each value, and the values, each with its
 * JDBC type, so that a null is sent typed rather than after a round trip asking the server for its type.
 */
final class Sql {
    private final StringBuilder text = new StringBuilder();
    private final List<SqlParameterValue> values = new ArrayList<>();

    Sql(String start) {
        text.append(start);
    }

    Sql add(String fragment) {
        text.append(fragment);
        return this;
    }

    Sql text(String value) {
        return value(Types.VARCHAR, value);
    }

    Sql bigint(long value) {
        return value(Types.BIGINT, value);
    }

    Sql integer(Integer value) {
        return value(Types.INTEGER, value);
    }

    Sql date(LocalDate value) {
        return value(Types.DATE, value);
    }

    /** A {@code text[]}. */
    Sql texts(Collection<String> values) {
        return value(Types.ARRAY, values.toArray(String[]::new));
    }

    /** A {@code text[]} of the ids' values, each once. */
    Sql ids(Collection<? extends AggregateId> ids) {
        return texts(ids.stream().map(AggregateId::value).distinct().toList());
    }

    /** {@code AND column = id}, nothing when the criteria leave {@code id} open (null). */
    Sql andEqual(String column, AggregateId id) {
        return id == null ? this : add(" AND " + column + " = ").text(id.value());
    }

    /** {@code AND column = kind} by the enum's name, nothing when {@code kind} is open (null). */
    Sql andEqual(String column, Enum<?> kind) {
        return kind == null ? this : add(" AND " + column + " = ").text(kind.name());
    }

    /** {@code AND column = country} by its code, nothing when {@code country} is open (null). */
    Sql andEqual(String column, Country country) {
        return country == null ? this : add(" AND " + column + " = ").text(country.code());
    }

    /** {@code AND column @> [id]}: the arrays that hold the id; nothing when {@code id} is open (null). */
    Sql andHolds(String column, AggregateId id) {
        return id == null ? this : add(" AND " + column + " @> ").textElement(id.value());
    }

    /** A {@code text[]} of one element, for {@code @>}: the arrays that hold it. */
    Sql textElement(String value) {
        text.append("ARRAY[CAST(");
        value(Types.VARCHAR, value);
        text.append(" AS text)]");
        return this;
    }

    /** A {@code jsonb} document, sent as its text. */
    Sql jsonb(String document) {
        text.append("CAST(");
        value(Types.VARCHAR, document);
        text.append(" AS jsonb)");
        return this;
    }

    /** The days {@code [first, last]}, both included; an absent end leaves that side open, no day at all is null. */
    Sql days(LocalDate first, LocalDate last, boolean any) {
        text.append("CAST(");
        value(Types.VARCHAR, any ? "[" + (first == null ? "" : first) + "," + (last == null ? "" : last) + "]" : null);
        text.append(" AS daterange)");
        return this;
    }

    String text() {
        return text.toString();
    }

    List<SqlParameterValue> values() {
        return values;
    }

    private Sql value(int type, Object value) {
        text.append('?');
        values.add(new SqlParameterValue(type, value));
        return this;
    }
}

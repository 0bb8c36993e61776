package org.entente.storage.postgresql;

import java.time.LocalDate;
import java.util.Collection;
import java.util.function.Consumer;
import org.entente.domain.common.AggregateId;
import org.entente.domain.common.PartialDate;
import org.entente.domain.geo.Country;

/** A column a listing filters or sorts on, beside a record's document, with its value for one record. */
record Column(String name, Consumer<Sql> value) {

    static Column text(String name, String value) {
        return new Column(name, sql -> sql.text(value));
    }

    /** An id's value; null for no id. */
    static Column id(String name, AggregateId id) {
        return text(name, id == null ? null : id.value());
    }

    /** An enum's name; null for none. */
    static Column kind(String name, Enum<?> kind) {
        return text(name, kind == null ? null : kind.name());
    }

    /** A country's code; null for none. */
    static Column country(String name, Country country) {
        return text(name, country == null ? null : country.code());
    }

    /** The listing's {@code sort_key} of a record listed by {@code date}: undated ones (empty) first. */
    static Column sortKey(PartialDate date) {
        return text("sort_key", date == null ? "" : date.sortKey());
    }

    static Column texts(String name, Collection<String> values) {
        return new Column(name, sql -> sql.texts(values));
    }

    static Column integer(String name, Integer value) {
        return new Column(name, sql -> sql.integer(value));
    }

    /** The days from the first {@code from} may mean to the last {@code to} may mean; null when {@code from} is. */
    static Column days(String name, PartialDate from, PartialDate to) {
        return new Column(name, sql -> sql.days(from == null ? null : from.first(),
                from == null ? null : to.last(), from != null));
    }

    /** The days {@code first} to {@code last}. */
    static Column days(String name, LocalDate first, LocalDate last) {
        return new Column(name, sql -> sql.days(first, last, true));
    }
}

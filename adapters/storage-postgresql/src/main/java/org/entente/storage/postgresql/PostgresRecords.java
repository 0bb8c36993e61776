package org.entente.storage.postgresql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.AggregateStore;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.AggregateId;
import org.entente.domain.common.DuplicateKeyException;
import org.entente.domain.common.StaleVersionException;
import org.postgresql.util.PSQLException;
import org.springframework.dao.DataAccessException;
import tools.jackson.databind.node.ObjectNode;

/**
 * The records of one aggregate in their table, one row each: the id, the version, the document (the whole record
 * but its version) and the columns the listings need. A save is one statement: an insert at version 0, else an
 * update of the row still at the saved version; the table's unique constraints refuse a taken id or natural key.
 */
abstract class PostgresRecords<I extends AggregateId, A extends Aggregate<I, A>> implements AggregateStore<I, A> {
    /** SQLSTATE unique_violation */
    private static final String UNIQUE_VIOLATION = "23505";

    protected final PostgresSite site;
    protected final String table;
    private final String kind;
    private final NaturalKey<A> naturalKey;

    /** A natural key: the unique constraint that holds it, the rule a second claim breaks, and its value. */
    record NaturalKey<A>(String constraint, String rule, String name, Function<A, String> of) {
    }

    protected PostgresRecords(PostgresSite site, String table, String kind, NaturalKey<A> naturalKey) {
        this.site = site;
        this.table = table;
        this.kind = kind;
        this.naturalKey = naturalKey;
    }

    /** Writes the record's fields but its id (which leads every document) and its version into {@code document}. */
    protected abstract void write(A aggregate, ObjectNode document);

    /** The record a stored document holds, at {@code version}, rebuilt through its constructor. */
    protected abstract A record(Fields document, long version);

    /**
     * The columns beside the id, the version and the document, in one order for every record; none for a record
     * found by id only.
     */
    protected List<Column> columns(A aggregate) {
        return List.of();
    }

    /** The record as stored in its {@code document}: everything but its version. */
    final ObjectNode document(A aggregate) {
        ObjectNode document = Json.object();
        Json.put(document, "id", aggregate.id());
        write(aggregate, document);
        return document;
    }

    @Override
    public Optional<A> findById(I id) {
        return select(new Sql("SELECT id, version, document FROM " + table + " WHERE id = ").text(id.value()))
                .stream().findFirst();
    }

    @Override
    public Map<I, A> findAllById(Collection<I> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<I, A> found = new HashMap<>();
        for (A aggregate : select(new Sql("SELECT id, version, document FROM " + table + " WHERE id = ANY(")
                .ids(ids).add(")"))) {
            found.put(aggregate.id(), aggregate);
        }
        return found;
    }

    @Override
    public Page<A> pageById(PageRequest request) {
        Sql sql = new Sql("SELECT id, version, document FROM " + table + " WHERE TRUE");
        Keysets.boundById(sql, request);
        sql.add(Keysets.orderAndLimit("id", request));
        return Page.cut(ascending(select(sql), request), request);
    }

    @Override
    public long count() {
        return site.query(new Sql("SELECT count(*) FROM " + table), (rows, n) -> rows.getLong(1)).get(0);
    }

    @Override
    public A save(A aggregate) {
        List<Column> columns = columns(aggregate);
        String document = Json.write(document(aggregate), kind, aggregate.id().value());
        long next = aggregate.version() + 1;
        Sql sql;
        if (aggregate.version() == 0) {
            sql = new Sql("INSERT INTO " + table + " (id, version, document");
            columns.forEach(c -> sql.add(", " + c.name()));
            sql.add(") VALUES (").text(aggregate.id().value()).add(", ").bigint(next).add(", ").jsonb(document);
            columns.forEach(c -> c.value().accept(sql.add(", ")));
            sql.add(")");
        } else {
            sql = new Sql("UPDATE " + table + " SET version = ").bigint(next).add(", document = ").jsonb(document);
            columns.forEach(c -> c.value().accept(sql.add(", " + c.name() + " = ")));
            sql.add(" WHERE id = ").text(aggregate.id().value()).add(" AND version = ").bigint(aggregate.version());
        }
        int written;
        try {
            written = site.update(sql);
        } catch (DataAccessException e) {
            throw refusal(e, aggregate);
        }
        if (written == 0) {
            throw new StaleVersionException(kind, aggregate.id().value(), aggregate.version());
        }
        return aggregate.withVersion(next);
    }

    /** The records whose {@code column} holds one of {@code ids}, in id order; none for no ids, without a query. */
    protected final List<A> findByAnyOf(String column, Collection<? extends AggregateId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return select(new Sql("SELECT id, version, document FROM " + table + " WHERE " + column + " = ANY(").ids(ids)
                .add(") ORDER BY id"));
    }

    /** The records a query of {@code id, version, document} returns, in its order. */
    protected final List<A> select(Sql sql) {
        return site.query(sql, this::row);
    }

    /** The record of the current row of a query that selects {@code id, version, document}. */
    protected final A row(ResultSet rows, int n) throws SQLException {
        site.read();
        String id = rows.getString("id");
        try {
            return record(new Fields(Json.read(rows.getString("document"))), rows.getLong("version"));
        } catch (RuntimeException e) {
            throw new IllegalStateException("the row " + id + " of " + table + " holds no " + kind + " this version of "
                    + "Entente can read: " + e.getMessage(), e);
        }
    }

    /** A page's rows, read backwards from the end when the request asks for the end, in ascending order. */
    protected static <T> List<T> ascending(List<T> rows, PageRequest request) {
        if (!request.fromEnd()) {
            return rows;
        }
        List<T> reversed = new ArrayList<>(rows);
        Collections.reverse(reversed);
        return reversed;
    }

    /** A taken id or natural key as the domain names it; anything else as it came. */
    private RuntimeException refusal(DataAccessException failure, A aggregate) {
        String constraint = violatedUniqueConstraint(failure);
        if (constraint == null) {
            return failure;
        }
        if (constraint.equals(table + "_pkey")) {
            return new DuplicateKeyException("ID_TAKEN", kind + " " + aggregate.id().value() + " exists already");
        }
        if (naturalKey != null && constraint.equals(naturalKey.constraint())) {
            return new DuplicateKeyException(naturalKey.rule(), "another " + kind + " has the " + naturalKey.name()
                    + " " + naturalKey.of().apply(aggregate));
        }
        return failure;
    }

    private static String violatedUniqueConstraint(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql && UNIQUE_VIOLATION.equals(psql.getSQLState())
                    && psql.getServerErrorMessage() != null) {
                return psql.getServerErrorMessage().getConstraint();
            }
        }
        return null;
    }
}

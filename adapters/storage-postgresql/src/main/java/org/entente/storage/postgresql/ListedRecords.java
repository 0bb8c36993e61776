package org.entente.storage.postgresql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.entente.application.page.Page;
import org.entente.application.page.PageRequest;
import org.entente.application.port.out.ListedBy;
import org.entente.domain.common.Aggregate;
import org.entente.domain.common.AggregateId;

/**
 * Records listed by criteria {@code C} in the order of their {@code sort_key} column, then id. The pages of many
 * criteria are one statement: a {@code UNION ALL} of one branch per criteria, each its own
 * {@code WHERE … ORDER BY sort_key, id LIMIT size + 1} that an index serves, so that a branch reads the page and one
 * row more however many rows match; the counts are one statement of {@code count(*)} branches.
 */
abstract class ListedRecords<I extends AggregateId, A extends Aggregate<I, A>, C> extends PostgresRecords<I, A>
        implements ListedBy<C, A> {

    protected ListedRecords(PostgresSite site, String table, String kind, NaturalKey<A> naturalKey) {
        super(site, table, kind, naturalKey);
    }

    /** Appends what {@code criteria} selects, as conditions each after {@code AND}, exactly as its {@code matches}. */
    protected abstract void where(C criteria, Sql sql);

    @Override
    public Page<A> page(C criteria, PageRequest request) {
        return pages(List.of(criteria), request).get(criteria);
    }

    @Override
    public long count(C criteria) {
        return counts(List.of(criteria)).get(criteria);
    }

    @Override
    public Map<C, Page<A>> pages(Collection<C> criteria, PageRequest request) {
        List<C> asked = new ArrayList<>(new LinkedHashSet<>(criteria));
        if (asked.isEmpty()) {
            return Map.of();
        }
        Sql sql = new Sql("SELECT branch, id, version, document FROM (");
        for (int branch = 0; branch < asked.size(); branch++) {
            sql.add(branch == 0 ? "(" : " UNION ALL (").add("SELECT " + branch + " AS branch, id, version, document, "
                    + "sort_key FROM " + table + " WHERE TRUE");
            where(asked.get(branch), sql);
            Keysets.bound(sql, request);
            sql.add(Keysets.orderAndLimit("sort_key", request)).add(")");
        }
        // the branches' rows in each branch's ascending order, whichever way the branch read them
        sql.add(") AS pages ORDER BY branch, sort_key, id");
        List<List<A>> rows = new ArrayList<>();
        asked.forEach(c -> rows.add(new ArrayList<>()));
        site.query(sql, (row, n) -> {
            rows.get(row.getInt("branch")).add(row(row, n));
            return null;
        });
        Map<C, Page<A>> pages = new HashMap<>();
        for (int branch = 0; branch < asked.size(); branch++) {
            pages.put(asked.get(branch), Page.cut(rows.get(branch), request));
        }
        return pages;
    }

    @Override
    public Map<C, Long> counts(Collection<C> criteria) {
        return totals(criteria, "count(*)", this::where);
    }

    /**
     * One figure per criteria, {@code aggregate} over the rows each selects ({@code count(*)}, a {@code sum}), in one
     * statement of one branch per criteria.
     */
    protected final <K> Map<K, Long> totals(Collection<K> criteria, String aggregate, BiConsumer<K, Sql> where) {
        List<K> asked = new ArrayList<>(new LinkedHashSet<>(criteria));
        if (asked.isEmpty()) {
            return Map.of();
        }
        Sql sql = new Sql("");
        for (int branch = 0; branch < asked.size(); branch++) {
            sql.add(branch == 0 ? "" : " UNION ALL ").add("SELECT " + branch + " AS branch, coalesce(" + aggregate
                    + ", 0) AS total FROM " + table + " WHERE TRUE");
            where.accept(asked.get(branch), sql);
        }
        Map<K, Long> totals = new HashMap<>();
        site.query(sql, (row, n) -> totals.put(asked.get(row.getInt("branch")), row.getLong("total")));
        return totals;
    }

    /**
     * The records whose {@code column} holds one of {@code ids}, in listing order, in one statement: for lists of
     * many parents at once; none for no ids, without a query.
     */
    protected final List<A> listedByAnyOf(String column, Collection<? extends AggregateId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return select(new Sql("SELECT id, version, document FROM " + table + " WHERE " + column + " = ANY(").ids(ids)
                .add(") ORDER BY sort_key, id"));
    }
}

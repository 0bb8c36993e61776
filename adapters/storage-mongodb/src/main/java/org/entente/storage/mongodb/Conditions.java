package org.entente.storage.mongodb;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * A listing's filter, one condition per criterion that is set: an unset (null) criterion matches every record, so it
 * adds nothing. Each store names its stored fields; this says once how an absent criterion is left out.
 */
final class Conditions {
    private final List<Criteria> conditions = new ArrayList<>();

    /** {@code condition} on every record, whatever the criteria. */
    Conditions always(Criteria condition) {
        conditions.add(condition);
        return this;
    }

    /** {@code condition} when the criteria ask for it ({@code asked}). */
    Conditions when(boolean asked, Criteria condition) {
        if (asked) {
            conditions.add(condition);
        }
        return this;
    }

    /** The condition {@code toCondition} makes of {@code criterion}, when it is set. */
    <V> Conditions where(V criterion, Function<V, Criteria> toCondition) {
        if (criterion != null) {
            conditions.add(toCondition.apply(criterion));
        }
        return this;
    }

    /** The stored {@code field} equals {@code criterion} as stored ({@code stored}), when it is set. */
    <V> Conditions equal(String field, V criterion, Function<V, ?> stored) {
        return where(criterion, value -> Criteria.where(field).is(stored.apply(value)));
    }

    /** The stored {@code field} is at least {@code criterion} as stored, when it is set. */
    <V> Conditions atLeast(String field, V criterion, Function<V, ?> stored) {
        return where(criterion, value -> Criteria.where(field).gte(stored.apply(value)));
    }

    /** The stored {@code field} is at most {@code criterion} as stored, when it is set. */
    <V> Conditions atMost(String field, V criterion, Function<V, ?> stored) {
        return where(criterion, value -> Criteria.where(field).lte(stored.apply(value)));
    }

    /** All the conditions together; none matches every record. */
    Criteria all() {
        return MongoAggregateStore.allOf(conditions);
    }
}

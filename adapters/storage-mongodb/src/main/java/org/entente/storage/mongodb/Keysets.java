package org.entente.storage.mongodb;

import org.entente.application.page.Keyset;
import org.springframework.data.mongodb.core.query.Criteria;

/** Keyset bounds as MongoDB criteria: strictly after (or before) a (sort key, id) position. */
final class Keysets {
    private static final String ID = "_id";

    private Keysets() {
    }

    /** The documents strictly after {@code key} ({@code after}), or strictly before it. */
    static Criteria beyond(String sortField, Keyset key, boolean after) {
        if (ID.equals(sortField)) {
            return after ? Criteria.where(ID).gt(key.id()) : Criteria.where(ID).lt(key.id());
        }
        Criteria pastSortKey = after ? Criteria.where(sortField).gt(key.sortKey())
                : Criteria.where(sortField).lt(key.sortKey());
        Criteria pastIdOnTie = new Criteria().andOperator(Criteria.where(sortField).is(key.sortKey()),
                after ? Criteria.where(ID).gt(key.id()) : Criteria.where(ID).lt(key.id()));
        return new Criteria().orOperator(pastSortKey, pastIdOnTie);
    }
}

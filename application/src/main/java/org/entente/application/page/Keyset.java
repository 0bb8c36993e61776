package org.entente.application.page;

import java.util.Objects;

/**
 * A position in an ordered list: the sort key of one item and its id, which breaks ties. Pages continue
 * strictly after (or before) a keyset, so that items inserted meanwhile never make a page skip or repeat one.
 */
public record Keyset(String sortKey, String id) implements Comparable<Keyset> {
    public Keyset {
        Objects.requireNonNull(sortKey, "sortKey");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public int compareTo(Keyset other) {
        int bySortKey = sortKey.compareTo(other.sortKey);
        return bySortKey != 0 ? bySortKey : id.compareTo(other.id);
    }
}

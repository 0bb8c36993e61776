package org.entente.graphql.page;

/** Where a page stands in its list, in the Relay connection's words. */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
}

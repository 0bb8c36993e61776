package org.entente.graphql.page;

/** One item of a connection with the cursor that continues from it. */
public record Edge<T>(String cursor, T node) {
}

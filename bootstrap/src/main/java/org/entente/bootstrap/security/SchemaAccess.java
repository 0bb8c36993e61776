package org.entente.bootstrap.security;

/**
 * Who may read the schema, as SDL at {@code /graphql/schema} and by introspection ({@code __schema},
 * {@code __type}): {@code entente.security.schema-access}. {@code __typename} is always answered.
 */
public enum SchemaAccess {
    /** Everyone (the default, for development). */
    OPEN,
    /** ADMIN keys only (the production profile). */
    ADMIN,
    /** Nobody. */
    CLOSED
}

package org.entente.storage.postgresql;

/**
 * The PostgreSQL store could not start: no server answered, it refused the credentials, the database is not one this
 * version of Entente can migrate, or a setting is wrong. The message is one line that says which and what to do.
 */
public final class PostgresUnavailableException extends RuntimeException {
    public PostgresUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

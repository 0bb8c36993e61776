package org.entente.storage.mongodb.boot;

/**
 * A MongoDB store setting the service cannot start with, or a configured server it cannot reach: one line naming the
 * setting (or the server's hosts, never its password) and what would be right.
 */
final class StoreSettingException extends IllegalStateException {
    StoreSettingException(String message) {
        super(message);
    }

    StoreSettingException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.entente.storage.mongodb;

import java.nio.file.Path;

/**
 * The embedded server's data file cannot be trusted, so nothing is served from it: it cannot be written, another
 * process holds it, or it is corrupt, cut short or older than the store it was. The message is one line that names
 * the file, what is wrong and what would put it right.
 */
public final class DataFileRefusedException extends IllegalStateException {
    private final transient Path file;

    DataFileRefusedException(Path file, String message) {
        super(message);
        this.file = file;
    }

    DataFileRefusedException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The data file refused. */
    public Path file() {
        return file;
    }
}

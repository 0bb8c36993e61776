package org.entente.bootstrap.storage;

import java.util.List;

/** {@code entente.storage} names a store no adapter on the class path offers. */
public final class UnknownStoreException extends IllegalStateException {
    UnknownStoreException(String asked, List<String> offered) {
        super("entente.storage=" + asked + " is not one of the stores on the class path: " + String.join(", ", offered)
                + (offered.isEmpty() ? "(none: add a store adapter's module to the class path)" : ""));
    }
}

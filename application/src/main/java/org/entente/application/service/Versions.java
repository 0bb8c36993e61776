package org.entente.application.service;

import org.entente.domain.common.Aggregate;
import org.entente.domain.common.StaleVersionException;

/** The optimistic check every update makes before it changes anything. */
final class Versions {
    private Versions() {
    }

    /** The aggregate, if it is still at the version the writer read; a stale-version error otherwise. */
    static <A extends Aggregate<?, A>> A expect(A aggregate, long expectedVersion) {
        if (aggregate.version() != expectedVersion) {
            throw new StaleVersionException(aggregate.recordKind().word(), aggregate.id().value(), expectedVersion);
        }
        return aggregate;
    }
}

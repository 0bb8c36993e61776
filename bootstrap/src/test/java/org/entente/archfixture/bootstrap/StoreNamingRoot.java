package org.entente.archfixture.bootstrap;

import org.entente.archfixture.adapter.two.BsonLeak;

/** Breaks "the composition root names no store": it reaches into a store adapter. */
public final class StoreNamingRoot {
    private StoreNamingRoot() {
    }

    public static Object store() {
        return new BsonLeak();
    }
}

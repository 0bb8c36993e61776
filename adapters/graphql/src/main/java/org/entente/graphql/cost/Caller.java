package org.entente.graphql.cost;

import java.util.Objects;

/**
 * Who spends a budget: an API key or a token's subject ({@code key:curation-desk}), or, for a caller without one,
 * its client address ({@code address:203.0.113.7}).
 */
public record Caller(String key) {
    public Caller {
        Objects.requireNonNull(key, "key");
    }

    public static Caller ofKey(String name) {
        return new Caller("key:" + name);
    }

    public static Caller atAddress(String address) {
        return new Caller("address:" + (address == null ? "unknown" : address));
    }
}

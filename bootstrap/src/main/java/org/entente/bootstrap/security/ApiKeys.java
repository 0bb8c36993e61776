package org.entente.bootstrap.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

/** Finds the configured key a secret belongs to by its SHA-256, comparing digests in constant time. */
public final class ApiKeys {
    private final List<ApiKey> keys;

    public ApiKeys(List<ApiKey> keys) {
        this.keys = List.copyOf(keys);
    }

    public Optional<ApiKey> find(String secret) {
        byte[] digest = sha256(secret);
        ApiKey found = null;
        for (ApiKey key : keys) {
            // every key is compared, so the time taken says nothing about which one matched
            if (MessageDigest.isEqual(digest, key.digest())) {
                found = key;
            }
        }
        return Optional.ofNullable(found);
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}

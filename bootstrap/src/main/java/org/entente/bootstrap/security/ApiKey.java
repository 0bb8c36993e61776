package org.entente.bootstrap.security;

import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One configured key: {@code entente.security.api-keys[n].name}, {@code .role} and {@code .sha256}, the hex SHA-256
 * of its secret. The secret itself is never configured, stored or logged.
 */
public record ApiKey(String name, Role role, String sha256) {
    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    public ApiKey {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an entry of entente.security.api-keys has no name");
        }
        if (role == null) {
            throw new IllegalArgumentException("entente.security.api-keys '" + name + "' has no role (READER, EDITOR "
                    + "or ADMIN)");
        }
        if (sha256 == null || !HEX_SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("entente.security.api-keys '" + name + "': sha256 must be the 64 hex "
                    + "digits of the SHA-256 of the secret (such as the output of: printf %s \"$SECRET\" | sha256sum)");
        }
        sha256 = sha256.toLowerCase(Locale.ROOT);
    }

    byte[] digest() {
        return HexFormat.of().parseHex(sha256);
    }
}

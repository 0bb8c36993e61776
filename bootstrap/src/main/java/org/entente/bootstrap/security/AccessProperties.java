package org.entente.bootstrap.security;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code entente.security.*}: the API keys, and whether reads need one too (they are open unless
 * {@code reads-require-key=true}).
 */
@ConfigurationProperties("entente.security")
public record AccessProperties(List<ApiKey> apiKeys, boolean readsRequireKey) {
    public AccessProperties {
        apiKeys = apiKeys == null ? List.of() : new java.util.ArrayList<>(apiKeys);
        Set<String> names = new HashSet<>();
        Set<String> digests = new HashSet<>();
        for (int i = 0; i < apiKeys.size(); i++) {
            ApiKey key = apiKeys.get(i);
            if (key == null) {
                throw new IllegalArgumentException("entente.security.api-keys[" + i + "] is missing: number the keys "
                        + "from 0 without gaps");
            }
            if (!names.add(key.name())) {
                throw new IllegalArgumentException("entente.security.api-keys: two keys are named '" + key.name() + "'");
            }
            if (!digests.add(key.sha256())) {
                throw new IllegalArgumentException("entente.security.api-keys: '" + key.name()
                        + "' has the same sha256 as another key");
            }
        }
        apiKeys = List.copyOf(apiKeys);
    }
}

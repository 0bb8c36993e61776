package org.entente.bootstrap.security;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code entente.security.*}: the API keys, whether reads need one too (they are open unless
 * {@code reads-require-key=true}), and who may read the schema ({@code schema-access}, open unless set).
 */
@ConfigurationProperties("entente.security")
public record AccessProperties(List<ApiKey> apiKeys, boolean readsRequireKey, SchemaAccess schemaAccess) {
    public AccessProperties(List<ApiKey> apiKeys, boolean readsRequireKey) {
        this(apiKeys, readsRequireKey, SchemaAccess.OPEN);
    }

    @org.springframework.boot.context.properties.bind.ConstructorBinding
    public AccessProperties {
        schemaAccess = schemaAccess == null ? SchemaAccess.OPEN : schemaAccess;
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

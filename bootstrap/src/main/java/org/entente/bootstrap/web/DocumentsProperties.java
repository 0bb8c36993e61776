package org.entente.bootstrap.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.util.unit.DataSize;

/**
 * {@code entente.documents.*}: which GraphQL documents run (docs/security.md, "Trusted documents").
 *
 * @param trustedOnly               only the documents of the manifest run (ADMIN keys excepted)
 * @param manifest                  the trusted documents: Apollo's persisted query manifest or a Trusted Documents
 *                                  map of hashes to documents ({@code file:…} or {@code classpath:…})
 * @param automaticPersistedQueries clients may send a document once with its hash and then the hash alone
 * @param rememberedSize            how much text of documents so sent is remembered
 * @param parsedSize                how much text of the documents run is kept parsed and validated
 */
@ConfigurationProperties("entente.documents")
public record DocumentsProperties(@DefaultValue("false") boolean trustedOnly, Resource manifest,
                                  @DefaultValue("true") boolean automaticPersistedQueries,
                                  @DefaultValue("16MB") DataSize rememberedSize,
                                  @DefaultValue("16MB") DataSize parsedSize) {
    public DocumentsProperties {
        if (trustedOnly && manifest == null) {
            throw new IllegalArgumentException("entente.documents.trusted-only=true needs entente.documents.manifest, "
                    + "the file of the documents to trust");
        }
        if (manifest != null && !manifest.exists()) {
            throw new IllegalArgumentException("entente.documents.manifest: " + manifest.getDescription()
                    + " does not exist");
        }
    }
}

package org.entente.bootstrap.web;

import java.io.IOException;
import java.io.InputStream;
import org.entente.bootstrap.security.Role;
import org.entente.graphql.document.DocumentManifest;
import org.entente.graphql.document.PersistedDocuments;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which documents run: the manifest of {@code entente.documents.manifest}, and persisted queries by hash. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentsProperties.class)
public class DocumentsConfiguration {
    @Bean
    PersistedDocuments persistedDocuments(DocumentsProperties documents) throws IOException {
        DocumentManifest manifest = DocumentManifest.empty();
        if (documents.manifest() != null) {
            try (InputStream in = documents.manifest().getInputStream()) {
                manifest = DocumentManifest.read(in, "entente.documents.manifest " + documents.manifest().getDescription());
            }
        }
        return new PersistedDocuments(manifest, documents.trustedOnly(), documents.automaticPersistedQueries(),
                documents.rememberedSize().toBytes() / 2,
                documents.parsedSize().toBytes() / 2, input -> Role.ADMIN.isHeldByCaller());
    }

    @Bean
    GraphQlSourceBuilderCustomizer persistedDocumentsInGraphQl(PersistedDocuments documents) {
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(documents));
    }
}

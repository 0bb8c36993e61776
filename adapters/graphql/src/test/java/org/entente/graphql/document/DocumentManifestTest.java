package org.entente.graphql.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A manifest is read from either form the clients' tools write, and a hash that is not its document's is refused. */
class DocumentManifestTest {
    static final String DOCUMENT = "query Level { relation(between: [\"VN\", \"JP\"]) { currentLevel { name } } }";
    static final String HASH = Sha256.of(DOCUMENT);

    @Test
    void apollo_s_persisted_query_manifest() throws IOException {
        DocumentManifest manifest = read("{\"format\": \"apollo-persisted-query-manifest\", \"version\": 1, "
                + "\"operations\": [{\"id\": \"" + HASH + "\", \"name\": \"Level\", \"type\": \"query\", "
                + "\"body\": " + json(DOCUMENT) + "}]}");
        assertThat(manifest.size()).isEqualTo(1);
        assertThat(manifest.document(HASH)).contains(DOCUMENT);
        assertThat(manifest.document(HASH.toUpperCase())).contains(DOCUMENT);
    }

    @Test
    void a_trusted_documents_map_with_or_without_the_prefix() throws IOException {
        DocumentManifest manifest = read("{\"sha256:" + HASH + "\": " + json(DOCUMENT) + ", \""
                + Sha256.of("{ __typename }") + "\": \"{ __typename }\"}");
        assertThat(manifest.size()).isEqualTo(2);
        assertThat(manifest.trusts(HASH)).isTrue();
        assertThat(manifest.trusts(Sha256.of("{ nope }"))).isFalse();
    }

    @Test
    void a_hash_that_is_not_its_document_s_is_refused_naming_the_entry() {
        assertThatThrownBy(() -> read("{\"" + HASH + "\": \"{ __typename }\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("manifest '" + HASH + "'")
                .hasMessageContaining("the SHA-256 of the document is " + Sha256.of("{ __typename }"));
    }

    @Test
    void what_is_no_manifest_is_refused() {
        assertThatThrownBy(() -> read("[1, 2]")).hasMessageContaining("must be a JSON object");
        assertThatThrownBy(() -> read("{\"operations\": 5}")).hasMessageContaining("'operations' must be an array");
        assertThatThrownBy(() -> read("{\"operations\": [{\"id\": \"x\"}]}"))
                .hasMessageContaining("operations[0] needs a hash and a document");
        assertThatThrownBy(() -> read("not json")).hasMessageContaining("manifest is not JSON");
    }

    private static DocumentManifest read(String json) throws IOException {
        return DocumentManifest.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "manifest");
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

package org.entente.graphql.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The documents a deployment trusts, by the hex SHA-256 of their text. Read from either form clients' build tools
 * write: Apollo's persisted query manifest ({@code {"format": "apollo-persisted-query-manifest", "operations":
 * [{"id", "body"}…]}}) or the GraphQL Trusted Documents map ({@code {"sha256:<hash>": "<document>"…}}, the prefix
 * optional). Every hash is checked against its document, so a manifest cannot trust one text under another's name.
 */
public final class DocumentManifest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, String> byHash;

    private DocumentManifest(Map<String, String> byHash) {
        this.byHash = Map.copyOf(byHash);
    }

    public static DocumentManifest empty() {
        return new DocumentManifest(Map.of());
    }

    /** The manifest in {@code in}; {@code name} says where it came from in the refusal of a wrong one. */
    public static DocumentManifest read(InputStream in, String name) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(name + " is not JSON: " + e.getOriginalMessage());
        }
        Map<String, String> documents = new LinkedHashMap<>();
        if (root != null && root.has("operations")) {
            JsonNode operations = root.get("operations");
            if (!operations.isArray()) {
                throw new IllegalArgumentException(name + ": 'operations' must be an array");
            }
            for (int i = 0; i < operations.size(); i++) {
                JsonNode operation = operations.get(i);
                add(documents, name + " operations[" + i + "]", text(operation, "id"), text(operation, "body"));
            }
        } else if (root != null && root.isObject()) {
            for (Map.Entry<String, JsonNode> entry : root.properties()) {
                add(documents, name + " '" + entry.getKey() + "'", entry.getKey(),
                        entry.getValue().isString() ? entry.getValue().asString() : null);
            }
        } else {
            throw new IllegalArgumentException(name + " must be a JSON object: Apollo's persisted query manifest or a "
                    + "map of hashes to documents");
        }
        return new DocumentManifest(documents);
    }

    private static void add(Map<String, String> documents, String where, String id, String document) {
        if (id == null || document == null) {
            throw new IllegalArgumentException(where + " needs a hash and a document");
        }
        String hash = id.startsWith("sha256:") ? id.substring("sha256:".length()) : id;
        String actual = Sha256.of(document);
        if (!actual.equalsIgnoreCase(hash)) {
            throw new IllegalArgumentException(where + ": the SHA-256 of the document is " + actual + ", not " + hash);
        }
        documents.put(actual, document);
    }

    private static String text(JsonNode node, String field) {
        return node != null && node.hasNonNull(field) && node.get(field).isString() ? node.get(field).asString() : null;
    }

    public Optional<String> document(String sha256) {
        return Optional.ofNullable(byHash.get(sha256.toLowerCase(java.util.Locale.ROOT)));
    }

    public boolean trusts(String sha256) {
        return byHash.containsKey(sha256);
    }

    public int size() {
        return byHash.size();
    }
}

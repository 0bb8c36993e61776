package org.entente.bootstrap.process;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A curation client of the service over HTTP, with an editor's key: the writes and reads the harness makes. */
public final class Curator {
    public static final String SECRET = "crash-harness-editor";
    static final String RELATION = globalId("BilateralRelation", "jp-vn");
    static final String SOURCE = globalId("Source", "000_cd5379d9bb584521");
    static final String QUOTE = "held talks with his Japanese counterpart Funakoshi Takehiro";

    private static final String RECORD = """
            mutation($key: String!, $localId: String!, $title: String!) {
              recordMeeting(input: { localId: $localId, relationId: "%s", title: $title, kind: TALKS, status: HELD,
                startDate: "2024-12-12", city: "Tokyo", country: "JP",
                evidence: [{ sourceId: "%s", quote: "%s" }], idempotencyKey: $key }) {
                meeting { id version } userErrors { code message }
              }
            }""".formatted(RELATION, SOURCE, QUOTE);
    private static final String UPDATE = """
            mutation($id: ID!, $version: Int!, $title: String!) {
              updateMeeting(input: { id: $id, expectedVersion: $version, title: $title }) {
                meeting { id version title } userErrors { code message }
              }
            }""";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final URI endpoint;

    public Curator(int port) {
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
    }

    /** The properties that give the harness its editor's key. */
    public static String[] keyProperties() {
        return new String[] {"--entente.security.api-keys[0].name=crash-harness",
                "--entente.security.api-keys[0].role=EDITOR",
                "--entente.security.api-keys[0].sha256=" + sha256(SECRET)};
    }

    public static String globalId(String type, String id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** What a global id stands for, such as {@code Meeting:jp-vn-2023-11-27-talks}. */
    public static String rawId(String globalId) {
        return new String(Base64.getUrlDecoder().decode(globalId), StandardCharsets.UTF_8);
    }

    /** The answer of {@code recordMeeting} for a meeting of this local id under this key. */
    public JsonNode record(String key, String localId, String title) throws IOException {
        return send(RECORD, Map.of("key", key, "localId", localId, "title", title)).path("recordMeeting");
    }

    public JsonNode update(String id, long version, String title) throws IOException {
        return send(UPDATE, Map.of("id", id, "version", version, "title", title)).path("updateMeeting");
    }

    /** The data of any query. */
    public JsonNode query(String document, Map<String, Object> variables) throws IOException {
        return send(document, variables);
    }

    private JsonNode send(String document, Map<String, Object> variables) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", document,
                        "variables", variables)))).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        JsonNode answer = json.readTree(response.body());
        if (response.statusCode() != 200 || answer.has("errors")) {
            throw new IllegalStateException("the service answered " + response.statusCode() + ": " + response.body());
        }
        return answer.path("data");
    }

    private static String sha256(String secret) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

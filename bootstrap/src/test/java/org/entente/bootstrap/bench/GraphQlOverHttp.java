package org.entente.bootstrap.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Sends GraphQL documents to a service on loopback and refuses any answer that is not a clean 200. */
final class GraphQlOverHttp {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI endpoint;

    GraphQlOverHttp(int port) {
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
    }

    /** The request, built once so that timing it measures sending it rather than building it. */
    HttpRequest request(String document, Map<String, Object> variables) {
        String body = JSON.writeValueAsString(Map.of("query", document, "variables", variables));
        return HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** The answer's body; an answer other than 200, or one with errors, is thrown. */
    String send(HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
            throw new IllegalStateException("the service answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
        return response.body();
    }

    /** The answer's {@code data}. */
    JsonNode data(HttpRequest request) throws Exception {
        return JSON.readTree(send(request)).get("data");
    }

    static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }
}

package org.entente.bootstrap.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.server.support.SerializableGraphQlRequest;
import org.springframework.util.MultiValueMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GraphQL request sent by GET, read from its URL as the GraphQL-over-HTTP spec puts it: {@code query},
 * {@code operationName}, and {@code variables} and {@code extensions} each as a JSON object; a persisted query may
 * leave {@code query} out and send its hash in {@code extensions}, as Apollo's clients do. A parameter given twice
 * or of the wrong shape is refused with what to send instead. Whether the operation may run by GET (a query, never
 * a mutation) is known only once its document is, so {@link QueriesOnlyByGet} decides it.
 */
final class GetRequests {
    /** In the GraphQL context of a request that came by GET. */
    static final String KEY = GetRequests.class.getName();

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> NAMES = List.of("query", "operationName", "variables", "extensions");

    private GetRequests() {
    }

    /** What a GET asks for, or why it cannot be read: exactly one of the two is set. */
    record Reading(SerializableGraphQlRequest request, String refusal) {
    }

    static Reading read(MultiValueMap<String, String> parameters) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String name : NAMES) {
            List<String> values = parameters.get(name);
            if (values == null || values.isEmpty()) {
                continue;
            }
            if (values.size() > 1) {
                return refused("The parameter '" + name + "' is given " + values.size() + " times; give it once");
            }
            given.put(name, values.get(0));
        }
        Map<String, Object> variables;
        Map<String, Object> extensions;
        try {
            variables = object(given, "variables");
            extensions = object(given, "extensions");
        } catch (IllegalArgumentException wrong) {
            return refused(wrong.getMessage());
        }
        String query = given.get("query");
        boolean persisted = extensions.get("persistedQuery") != null;
        if ((query == null || query.isBlank()) && !persisted) {
            return refused("A GraphQL request by GET needs the parameter 'query' (the document, URL-encoded), or "
                    + "'extensions' holding a persistedQuery with its sha256Hash; 'operationName', 'variables' and "
                    + "'extensions' (each a JSON object) may join it");
        }
        SerializableGraphQlRequest request = new SerializableGraphQlRequest();
        if (query != null && !query.isBlank()) {
            request.setQuery(query);
        }
        String operationName = given.get("operationName");
        request.setOperationName(operationName == null || operationName.isEmpty() ? null : operationName);
        request.setVariables(variables);
        request.setExtensions(extensions);
        return new Reading(request, null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Map<String, String> given, String name) {
        String text = given.get(name);
        if (text == null || text.isBlank()) {
            return new LinkedHashMap<>();
        }
        Object value;
        try {
            value = JSON.readValue(text, Object.class);
        } catch (JacksonException unreadable) {
            throw new IllegalArgumentException("The parameter '" + name + "' is no JSON: give a JSON object, "
                    + "URL-encoded, such as " + name + "=%7B%22first%22%3A5%7D for {\"first\":5}");
        }
        if (value == null) {
            return new LinkedHashMap<>();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("The parameter '" + name + "' must be a JSON object, not "
                    + Envelopes.kind(value));
        }
        return (Map<String, Object>) map;
    }

    private static Reading refused(String message) {
        return new Reading(null, message);
    }
}

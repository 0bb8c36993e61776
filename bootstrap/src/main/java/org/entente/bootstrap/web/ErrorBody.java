package org.entente.bootstrap.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A refusal at the HTTP layer, shaped as a GraphQL answer so that a client reads every error in one place:
 * {@code {"errors":[{"message":…,"extensions":{"code":…,"classification":…}}]}}.
 */
public final class ErrorBody {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ErrorBody() {
    }

    /** The body of one error; {@code details} join {@code code} and {@code classification} in its extensions. */
    public static byte[] of(String code, String classification, String message, Map<String, Object> details) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        extensions.putAll(details);
        extensions.put("classification", classification);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", extensions);
        return JSON.writeValueAsBytes(Map.of("errors", List.of(error)));
    }

    static void send(HttpServletResponse response, int status, String code, String message,
                     Map<String, Object> details) throws IOException {
        byte[] body = of(code, "BAD_REQUEST", message, details);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}

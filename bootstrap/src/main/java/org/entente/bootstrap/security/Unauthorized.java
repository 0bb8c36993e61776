package org.entente.bootstrap.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The 401 answer: a GraphQL-shaped body that says why, and the challenge that names the scheme; and the 403 answer
 * to a known caller whose role falls short, in the same shape.
 */
final class Unauthorized {
    private Unauthorized() {
    }

    static void send(HttpServletResponse response, String reason) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"entente\"");
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"errors\":[{\"message\":\"" + reason.replace("\"", "'")
                + "\",\"extensions\":{\"classification\":\"UNAUTHORIZED\"}}]}");
    }

    static void forbid(HttpServletResponse response, String reason) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"errors\":[{\"message\":\"" + reason.replace("\"", "'")
                + "\",\"extensions\":{\"classification\":\"FORBIDDEN\"}}]}");
    }
}

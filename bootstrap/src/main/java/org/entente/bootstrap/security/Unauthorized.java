package org.entente.bootstrap.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The 401 and 403 answers: a GraphQL-shaped body that says why, and the challenge that names the scheme. */
final class Unauthorized {
    private Unauthorized() {
    }

    static void send(HttpServletResponse response, String reason) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"entente\"");
        write(response, reason, "UNAUTHORIZED");
    }

    /** The 403 answer to a key whose role is too low for what it asks (an operator's endpoint, say). */
    static void forbid(HttpServletResponse response, String reason) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        write(response, reason, "FORBIDDEN");
    }

    private static void write(HttpServletResponse response, String reason, String classification) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"errors\":[{\"message\":\"" + reason.replace("\"", "'")
                + "\",\"extensions\":{\"code\":\"" + classification + "\",\"classification\":\""
                + classification + "\"}}]}");
    }
}

package org.entente.bootstrap.security;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entente.bootstrap.web.BufferedRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers 401 to a GraphQL request by POST that would run a mutation without any key, before anything runs.
 * Which roles a mutation needs is checked once it runs ({@link OperationAccess}); this gate only makes "no key at
 * all" the HTTP status a client expects. A request it cannot read is left to GraphQL, which refuses it itself.
 */
final class MutationGate extends OncePerRequestFilter {
    private final String path;
    private final JsonMapper json = JsonMapper.builder().build();

    MutationGate(String path) {
        this.path = path;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // a mutation by GET never runs, with or without a key: it is answered 405 (QueriesOnlyByGet), not 401
        return !path.equals(request.getRequestURI()) || !"POST".equals(request.getMethod()) || isAuthenticated();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the body was read whole, and bounded, before any filter saw the request (BodyReading)
        byte[] body = BufferedRequest.bodyOf(request).orElse(new byte[0]);
        if (!mayName(body, MUTATION) && !mayName(body, ESCAPE)) {
            // a mutation is written with its keyword, which JSON can spell otherwise only with backslash-u escapes:
            // a body holding neither runs no mutation, and is passed on unread (most requests are queries)
            chain.doFilter(request, response);
            return;
        }
        JsonNode envelope = readJson(body);
        String document = text(envelope, "query");
        String operationName = text(envelope, "operationName");
        if (document != null && runsMutation(document, operationName)) {
            Unauthorized.send(response, "A mutation needs an API key: send Authorization: Bearer <secret>");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean runsMutation(String document, String operationName) {
        if (!document.contains("mutation")) {
            return false;
        }
        Document parsed;
        try {
            parsed = Parser.parse(document);
        } catch (InvalidSyntaxException e) {
            return false;
        }
        List<OperationDefinition> operations = parsed.getDefinitionsOfType(OperationDefinition.class);
        return operations.stream()
                .filter(op -> operationName == null || operationName.isEmpty() ? operations.size() == 1
                        : operationName.equals(op.getName()))
                .anyMatch(op -> op.getOperation() == OperationDefinition.Operation.MUTATION);
    }

    private static final byte[] MUTATION = "mutation".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ESCAPE = "\\u".getBytes(StandardCharsets.US_ASCII);

    /** Whether {@code body} holds the bytes {@code word} anywhere. */
    static boolean mayName(byte[] body, byte[] word) {
        outer:
        for (int at = 0; at <= body.length - word.length; at++) {
            for (int i = 0; i < word.length; i++) {
                if (body[at + i] != word[i]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private JsonNode readJson(byte[] body) {
        try {
            return json.readTree(body);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static String text(JsonNode envelope, String field) {
        if (envelope == null || !envelope.hasNonNull(field) || !envelope.get(field).isString()) {
            return null;
        }
        return envelope.get(field).asString();
    }

    static boolean isAuthenticated() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}

package org.entente.bootstrap.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <secret>} against the configured API keys. A bearer token that is no
 * key is refused with 401, unless JWTs are accepted too, in which case it is left for the JWT filter.
 */
final class ApiKeyFilter extends OncePerRequestFilter {
    private static final String BEARER = "bearer ";

    private final ApiKeys keys;
    private final boolean jwtAccepted;

    ApiKeyFilter(ApiKeys keys, boolean jwtAccepted) {
        this.keys = keys;
        this.jwtAccepted = jwtAccepted;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> secret = bearerToken(request);
        if (secret.isPresent()) {
            Optional<ApiKey> key = keys.find(secret.get());
            if (key.isPresent()) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(key.get().name(), null,
                        key.get().role().authorities()));
                SecurityContextHolder.setContext(context);
            } else if (!jwtAccepted) {
                Unauthorized.send(response, "The bearer token is not a known API key");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    static Optional<String> bearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || header.length() <= BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(BEARER.length()).trim());
    }
}

package org.entente.bootstrap.security;

import java.util.Map;
import java.util.Optional;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * A key sent in the graphql-ws {@code connection_init} payload ({@code {"Authorization": "Bearer <secret>"}}, the
 * name in any case), for clients that cannot set headers on a WebSocket handshake, as a browser cannot: GraphiQL
 * sends its headers editor's content there. The key (or JWT) counts for every operation of the connection, as one
 * sent with the handshake does. A token that is neither refuses the connection (close code 4401), and so does a
 * connection without any key where reads require one; the handshake itself is let through for that
 * ({@link SecurityConfiguration}).
 */
final class WebSocketKeys implements WebSocketGraphQlInterceptor {
    private static final String ATTRIBUTE = WebSocketKeys.class.getName() + ".caller";
    private static final String BEARER = "bearer ";

    private final ApiKeys keys;
    private final JwtDecoder jwt;
    private final boolean readsRequireKey;
    // the key under which spring-graphql's SecurityContextThreadLocalAccessor finds the context (as its own
    // AuthenticationWebSocketInterceptor writes it)
    private static final String CONTEXT_KEY = SecurityContext.class.getName();

    WebSocketKeys(ApiKeys keys, JwtDecoder jwt, boolean readsRequireKey) {
        this.keys = keys;
        this.jwt = jwt;
        this.readsRequireKey = readsRequireKey;
    }

    @Override
    public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo session, Map<String, Object> payload) {
        Optional<Object> authorization = payload.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase("Authorization")).map(Map.Entry::getValue)
                .findFirst();
        if (authorization.isEmpty()) {
            // the thread holds what the handshake carried
            if (readsRequireKey && !Role.READER.isHeldByCaller()) {
                return Mono.error(new IllegalStateException("This connection needs an API key: send "
                        + "{\"Authorization\": \"Bearer <secret>\"} in connection_init, or the header with the handshake"));
            }
            return Mono.empty();
        }
        Optional<Authentication> caller = authenticate(authorization.get());
        if (caller.isEmpty()) {
            return Mono.error(new IllegalStateException("The bearer token in connection_init is neither a known API "
                    + "key nor a valid JWT"));
        }
        if (readsRequireKey && caller.get().getAuthorities().stream()
                .noneMatch(held -> Role.READER.authority().equals(held.getAuthority()))) {
            return Mono.error(new IllegalStateException("The token in connection_init holds no role to read with"));
        }
        session.getAttributes().put(ATTRIBUTE, new SecurityContextImpl(caller.get()));
        return Mono.empty();
    }

    /**
     * Runs a request of a connection keyed in connection_init with its key in force: on this thread while the request
     * is set up and runs (the cost interceptor and the access checks read it there), and in the Reactor context that
     * the engine hands on to every field fetcher.
     */
    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!(request instanceof WebSocketGraphQlRequest webSocket)) {
            return chain.next(request);
        }
        SecurityContext keyed = (SecurityContext) webSocket.getSessionInfo().getAttributes().get(ATTRIBUTE);
        if (keyed == null) {
            return chain.next(request);
        }
        // fromDirect: Mono.from would cancel the source after its answer, and with it a subscription's stream
        return Mono.fromDirect(subscriber -> {
            SecurityContext before = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(keyed);
            try {
                chain.next(request).contextWrite(Context.of(CONTEXT_KEY, keyed)).subscribe(subscriber);
            } finally {
                SecurityContextHolder.setContext(before);
            }
        });
    }

    private Optional<Authentication> authenticate(Object authorization) {
        if (!(authorization instanceof String header) || header.length() <= BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String token = header.substring(BEARER.length()).trim();
        Optional<ApiKey> key = keys.find(token);
        if (key.isPresent()) {
            return Optional.of(UsernamePasswordAuthenticationToken.authenticated(key.get().name(), null,
                    key.get().role().authorities()));
        }
        if (jwt == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(SecurityConfiguration.scopesAsRoles(jwt.decode(token)));
        } catch (JwtException | org.springframework.security.core.AuthenticationException refused) {
            return Optional.empty();
        }
    }
}

package org.entente.bootstrap.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Who may do what (docs/api.md, "Who may write"): API keys from {@code entente.security.api-keys}, sent as
 * {@code Authorization: Bearer <secret>}; JWT bearer tokens too where Spring Boot has a JWT decoder (an issuer, a
 * JWK set or a public key configured under {@code spring.security.oauth2.resourceserver.jwt}), their scopes
 * {@code READER}, {@code EDITOR}, {@code ADMIN} taken as roles. Reads are open unless
 * {@code entente.security.reads-require-key=true}; mutations need EDITOR, {@code mergePersons} ADMIN.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(AccessProperties.class)
public class SecurityConfiguration {
    /** The mutations that need {@link Role#ADMIN} rather than {@link Role#EDITOR}. */
    static final Set<String> ADMIN_ONLY = Set.of("mergePersons");

    @Bean
    ApiKeys apiKeys(AccessProperties access) {
        return new ApiKeys(access.apiKeys());
    }

    @Bean
    KeyedCallers callers() {
        return new KeyedCallers();
    }

    @Bean
    OperationAccess operationAccess(AccessProperties access) {
        return new OperationAccess(ADMIN_ONLY, access.schemaAccess());
    }

    /** Before every other interceptor, so that a key sent in connection_init is in force when they ask who calls. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    WebSocketKeys webSocketKeys(ApiKeys keys, ObjectProvider<JwtDecoder> jwt, AccessProperties access) {
        return new WebSocketKeys(keys, jwt.getIfAvailable(), access.readsRequireKey());
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, AccessProperties access, ApiKeys keys, ObjectProvider<JwtDecoder> jwt,
                            @Value("${spring.graphql.http.path:/graphql}") String graphQlPath) throws Exception {
        boolean jwtAccepted = jwt.getIfAvailable() != null;
        http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(handling -> handling.authenticationEntryPoint((request, response, failure) ->
                        Unauthorized.send(response, "This needs an API key: send Authorization: Bearer <secret>"))
                        .accessDeniedHandler((request, response, denied) -> Unauthorized.forbid(response,
                                "This key's role may not do this: it needs a key of a higher role")))
                .addFilterBefore(new ApiKeyFilter(keys, jwtAccepted), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new MutationGate(graphQlPath), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> {
                    // the probes a load balancer or an orchestrator asks without a key; every other endpoint,
                    // /actuator/prometheus among them, is an operator's
                    requests.requestMatchers("/actuator/health", "/actuator/health/liveness",
                            "/actuator/health/readiness").permitAll();
                    requests.requestMatchers("/actuator/**").hasAuthority(Role.ADMIN.authority());
                    // the data set file while the service runs (DataSetEndpoint)
                    requests.requestMatchers("/admin/**").hasAuthority(Role.ADMIN.authority());
                    switch (access.schemaAccess()) {
                        case ADMIN -> requests.requestMatchers(graphQlPath + "/schema")
                                .hasAuthority(Role.ADMIN.authority());
                        case CLOSED -> requests.requestMatchers(graphQlPath + "/schema").denyAll();
                        case OPEN -> { }
                    }
                    if (access.readsRequireKey()) {
                        // a browser cannot send a header with a WebSocket handshake: WebSocketKeys asks for the key
                        // in connection_init instead, and closes a connection that brings none
                        requests.requestMatchers(request -> isWebSocketHandshake(request, graphQlPath)).permitAll();
                        // every key holds READER; a JWT may hold no role at all, and then it may not read
                        requests.requestMatchers(graphQlPath, graphQlPath + "/**")
                                .hasAuthority(Role.READER.authority());
                    }
                    requests.anyRequest().permitAll();
                });
        if (jwtAccepted) {
            http.oauth2ResourceServer(server -> server
                    .bearerTokenResolver(skippingApiKeys(keys))
                    .authenticationEntryPoint((request, response, failure) ->
                            Unauthorized.send(response, "The bearer token is neither a known API key nor a valid JWT"))
                    .jwt(token -> token.jwtAuthenticationConverter(SecurityConfiguration::scopesAsRoles)));
        }
        return http.build();
    }

    static boolean isWebSocketHandshake(jakarta.servlet.http.HttpServletRequest request, String graphQlPath) {
        return "GET".equals(request.getMethod()) && graphQlPath.equals(request.getRequestURI())
                && "websocket".equalsIgnoreCase(request.getHeader("Upgrade"))
                && request.getHeader("Sec-WebSocket-Key") != null;
    }

    /** A bearer token that is an API key is the API key filter's, never a JWT to decode. */
    private static BearerTokenResolver skippingApiKeys(ApiKeys keys) {
        DefaultBearerTokenResolver bearer = new DefaultBearerTokenResolver();
        return request -> {
            String token = bearer.resolve(request);
            return token == null || keys.find(token).isPresent() ? null : token;
        };
    }

    /**
     * The highest of the JWT's scopes that is a role gives the authorities; the subject is the actor, so a JWT
     * without one is refused (401) rather than let it record changes by nobody.
     */
    static AbstractAuthenticationToken scopesAsRoles(Jwt jwt) {
        if (jwt.getSubject() == null || jwt.getSubject().isBlank()) {
            throw new InvalidBearerTokenException("The JWT has no subject to record as the actor");
        }
        Collection<String> scopes = scopes(jwt);
        List<GrantedAuthority> authorities = Arrays.stream(Role.values()).filter(role -> scopes.contains(role.name()))
                .reduce((lower, higher) -> higher).map(Role::authorities).orElse(List.of());
        return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
    }

    private static Collection<String> scopes(Jwt jwt) {
        Object scope = jwt.getClaims().getOrDefault("scope", jwt.getClaims().get("scp"));
        if (scope instanceof String text) {
            return List.of(text.split(" "));
        }
        if (scope instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}

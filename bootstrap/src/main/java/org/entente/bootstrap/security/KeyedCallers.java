package org.entente.bootstrap.security;

import org.entente.graphql.cost.Caller;
import org.entente.graphql.cost.Callers;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A caller is its API key, or its JWT's subject; a caller without either is its client address. */
final class KeyedCallers implements Callers {
    @Override
    public Caller of(WebGraphQlRequest request) {
        if (MutationGate.isAuthenticated()) {
            Authentication caller = SecurityContextHolder.getContext().getAuthentication();
            return caller instanceof JwtAuthenticationToken ? new Caller("token:" + caller.getName())
                    : Caller.ofKey(caller.getName());
        }
        return Caller.atAddress(Callers.address(request.getRemoteAddress()));
    }
}

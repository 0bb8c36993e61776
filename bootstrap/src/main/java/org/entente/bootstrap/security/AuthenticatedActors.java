package org.entente.bootstrap.security;

import org.entente.application.port.out.Actors;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor of a change is the name of the key (or the JWT's subject) that made it; without one, the system. */
public final class AuthenticatedActors implements Actors {
    @Override
    public String current() {
        return MutationGate.isAuthenticated() ? SecurityContextHolder.getContext().getAuthentication().getName()
                : SYSTEM;
    }
}

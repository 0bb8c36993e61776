package org.entente.bootstrap.security;

import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What a key may do; each role holds the ones below it. */
public enum Role {
    /** Reads, where reads require a key. */
    READER,
    /** Every curation mutation. */
    EDITOR,
    /** Merging persons too. */
    ADMIN;

    /** {@code ROLE_} authorities of this role and of every role below it. */
    public List<GrantedAuthority> authorities() {
        return Arrays.stream(values()).filter(role -> role.ordinal() <= ordinal())
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether the caller of the request this thread serves holds this role. */
    public boolean isHeldByCaller() {
        org.springframework.security.core.Authentication caller =
                org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return MutationGate.isAuthenticated() && caller.getAuthorities().stream()
                .anyMatch(held -> authority().equals(held.getAuthority()));
    }
}

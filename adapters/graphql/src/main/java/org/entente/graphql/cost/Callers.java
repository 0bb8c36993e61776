package org.entente.graphql.cost;

import java.net.InetSocketAddress;
import org.springframework.graphql.server.WebGraphQlRequest;

/** Tells who sends a request; the composition root knows its keys, this adapter only their names. */
@FunctionalInterface
public interface Callers {
    Caller of(WebGraphQlRequest request);

    /** Every caller by its client address, for a service that knows no keys. */
    static Callers byAddress() {
        return request -> Caller.atAddress(address(request.getRemoteAddress()));
    }

    static String address(InetSocketAddress remote) {
        if (remote == null) {
            return null;
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}

package org.entente.graphql.cost;

import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;

/**
 * Starts a {@link RunningRequest} for every request over HTTP or WebSocket: who sends it and so whose budget it
 * spends, how it came, and the client connection the HTTP server reports. A request refused for its caller's
 * budget answers {@code Retry-After}.
 */
public final class CostInterceptor implements WebGraphQlInterceptor {
    private final RequestLimits limits;
    private final Budgets budgets;
    private final Callers callers;

    /** {@code budgets} may be null: no caller then has a budget. */
    public CostInterceptor(RequestLimits limits, Budgets budgets, Callers callers) {
        this.limits = limits;
        this.budgets = budgets;
        this.callers = callers;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        RunningRequest running = new RunningRequest(limits, budgets == null ? null : budgets.of(callers.of(request)),
                request.getAttributes().get(ClientConnection.ATTRIBUTE) instanceof ClientConnection connection
                        ? connection : null,
                request instanceof WebSocketGraphQlRequest ? RunningRequest.Transport.WEBSOCKET
                        : RunningRequest.Transport.HTTP,
                System::nanoTime);
        request.configureExecutionInput((input, builder) ->
                builder.graphQLContext(Map.of(RunningRequest.KEY, running)).build());
        return chain.next(request).doOnNext(response -> running.retryAfterSeconds().ifPresent(seconds ->
                response.getResponseHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds))));
    }
}

package org.entente.bootstrap.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Requests to the GraphQL path that Spring GraphQL would turn away with an empty body (a body that is no JSON, an
 * answer the client will not accept, a method other than GET or POST), turned away here first with a JSON answer
 * that says what to send; and GraphQL by GET, which Spring GraphQL does not serve, handed to the same handler as a
 * POST. A WebSocket handshake (a GET asking to upgrade) and a CORS preflight are never among them.
 */
final class WrongRequests {
    private static final List<MediaType> READ = List.of(MediaType.APPLICATION_JSON,
            MediaType.parseMediaType("application/graphql"));
    private static final List<MediaType> WRITTEN_BY_GET = List.of(MediaType.APPLICATION_JSON,
            MediaType.parseMediaType("application/graphql-response+json"));
    /** By POST, subscriptions are answered as server-sent events too. */
    private static final List<MediaType> WRITTEN = Stream.concat(WRITTEN_BY_GET.stream(),
            Stream.of(MediaType.TEXT_EVENT_STREAM)).toList();

    private WrongRequests() {
    }

    static RouterFunction<ServerResponse> at(String path, GraphQlHttpHandler graphQl) {
        return RouterFunctions.route()
                .POST(path, notJson(), request -> refuse(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
                        "Send the request as Content-Type: application/json"))
                .POST(path, notAccepting(WRITTEN), request -> refuse(HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE",
                        "The answer is application/json (or application/graphql-response+json): accept one of them"))
                .route(graphQlByGet(path).and(notAccepting(WRITTEN_BY_GET)), request -> refuse(
                        HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE",
                        "The answer is application/json (or application/graphql-response+json): accept one of them"))
                .route(graphQlByGet(path), graphQl::handleRequest)
                .route(RequestPredicates.path(path).and(request -> request.method() != HttpMethod.POST
                        && request.method() != HttpMethod.GET
                        && !CorsUtils.isPreFlightRequest(request.servletRequest())),
                        request -> ServerResponse
                        .status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, "GET, POST")
                        .contentType(MediaType.APPLICATION_JSON).body(ErrorBody.of("METHOD_NOT_ALLOWED", "BAD_REQUEST",
                                "Send GraphQL queries with GET or POST, mutations with POST", Map.of())))
                .build();
    }

    private static RequestPredicate graphQlByGet(String path) {
        return RequestPredicates.path(path).and(request -> request.method() == HttpMethod.GET && !isHandshake(request));
    }

    private static boolean isHandshake(ServerRequest request) {
        return request.method() == HttpMethod.GET
                && "websocket".equalsIgnoreCase(request.headers().firstHeader(HttpHeaders.UPGRADE));
    }

    private static RequestPredicate notJson() {
        return request -> {
            try {
                MediaType type = request.headers().contentType().orElse(MediaType.APPLICATION_OCTET_STREAM);
                return READ.stream().noneMatch(readable -> readable.includes(type));
            } catch (IllegalArgumentException unreadable) {
                return true;
            }
        };
    }

    private static RequestPredicate notAccepting(List<MediaType> written) {
        return request -> {
            try {
                List<MediaType> accepted = request.headers().accept();
                return !accepted.isEmpty() && accepted.stream()
                        .noneMatch(type -> written.stream().anyMatch(type::isCompatibleWith));
            } catch (InvalidMediaTypeException unreadable) {
                return true;
            }
        };
    }

    private static ServerResponse refuse(HttpStatus status, String code, String message) {
        return ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(ErrorBody.of(code, "BAD_REQUEST", message, Map.of()));
    }
}

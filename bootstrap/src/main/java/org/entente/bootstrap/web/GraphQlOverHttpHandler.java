package org.entente.bootstrap.web;

import jakarta.servlet.ServletException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.graphql.cost.LimitErrors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * GraphQL over HTTP as its spec has it, on Spring GraphQL's handler: queries by GET as well as POST (a mutation by
 * GET is 405 with {@code Allow: POST}); the answer in {@code application/graphql-response+json} when the client
 * prefers it, by the quality values of its {@code Accept}, else {@code application/json}; 429 when a request was
 * refused because its caller's budget holds less than it would cost (the adapter has set {@code Retry-After}); and
 * otherwise Spring's status: 400 for an answer without {@code data} in {@code application/graphql-response+json},
 * 200 in {@code application/json}.
 */
final class GraphQlOverHttpHandler extends GraphQlHttpHandler {
    /** Written in this order of preference when the client accepts both only through a wildcard. */
    private static final List<MediaType> WRITTEN = List.of(MediaType.APPLICATION_JSON,
            MediaTypes.APPLICATION_GRAPHQL_RESPONSE);

    private final WebGraphQlHandler graphQl;

    GraphQlOverHttpHandler(WebGraphQlHandler handler) {
        super(handler);
        this.graphQl = handler;
    }

    @Override
    public ServerResponse handleRequest(ServerRequest request) throws ServletException {
        if (request.method() != HttpMethod.GET) {
            return super.handleRequest(request);
        }
        GetRequests.Reading reading = GetRequests.read(request.params());
        if (reading.refusal() != null) {
            return ServerResponse.badRequest().contentType(MediaType.APPLICATION_JSON)
                    .body(ErrorBody.of("REQUEST_UNREADABLE", "BAD_REQUEST", reading.refusal(), Map.of()));
        }
        WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
                cookies(request), request.remoteAddress().orElse(null), request.attributes(), reading.request(),
                UUID.randomUUID().toString(), LocaleContextHolder.getLocale());
        graphQlRequest.configureExecutionInput((input, builder) ->
                builder.graphQLContext(Map.of(GetRequests.KEY, Boolean.TRUE)).build());
        return prepareResponse(request, graphQl.handleRequest(graphQlRequest));
    }

    @Override
    protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> responseMono) {
        MediaType type = answerType(request.headers().accept());
        Mono<ServerResponse> answer = responseMono.map(response -> {
            HttpStatus status = selectResponseStatus(response, type);
            ServerResponse.BodyBuilder builder = ServerResponse.status(status)
                    .headers(headers -> headers.putAll(response.getResponseHeaders()));
            if (status == HttpStatus.METHOD_NOT_ALLOWED) {
                builder.header(HttpHeaders.ALLOW, "POST");
            }
            return builder.contentType(type).body(response.toMap());
        });
        return ServerResponse.async(answer.toFuture());
    }

    @Override
    protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType mediaType) {
        if (response.getErrors().stream().anyMatch(error ->
                QueriesOnlyByGet.CODE.equals(error.getExtensions().get("code")))) {
            return HttpStatus.METHOD_NOT_ALLOWED;
        }
        boolean throttled = response.getErrors().stream()
                .anyMatch(error -> error.getErrorType() == LimitErrors.Classification.TOO_MANY_REQUESTS);
        return throttled ? HttpStatus.TOO_MANY_REQUESTS : super.selectResponseStatus(response, mediaType);
    }

    /**
     * The type of answer the client prefers: each type the service writes takes the quality of the most specific
     * range of {@code Accept} that covers it; the higher wins, on a tie the one the client named first, and
     * {@code application/json} when neither is named (no {@code Accept}, or only wildcards).
     */
    static MediaType answerType(List<MediaType> accepted) {
        MediaType chosen = MediaType.APPLICATION_JSON;
        double chosenQuality = 0;
        int chosenAt = Integer.MAX_VALUE;
        for (MediaType written : WRITTEN) {
            double quality = 0;
            int specificity = -1;
            int at = Integer.MAX_VALUE;
            for (int i = 0; i < accepted.size(); i++) {
                MediaType range = accepted.get(i);
                int rangeSpecificity = range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
                if (range.includes(written) && rangeSpecificity > specificity) {
                    specificity = rangeSpecificity;
                    quality = range.getQualityValue();
                    at = rangeSpecificity == 2 ? i : Integer.MAX_VALUE;
                }
            }
            if (quality > chosenQuality || (quality > 0 && quality == chosenQuality && at < chosenAt)) {
                chosen = written;
                chosenQuality = quality;
                chosenAt = at;
            }
        }
        return chosen;
    }

    private static MultiValueMap<String, HttpCookie> cookies(ServerRequest request) {
        MultiValueMap<String, HttpCookie> cookies = new LinkedMultiValueMap<>();
        request.cookies().forEach((name, values) -> values.forEach(cookie ->
                cookies.add(name, new HttpCookie(cookie.getName(), cookie.getValue()))));
        return cookies;
    }
}

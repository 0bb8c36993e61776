package org.entente.bootstrap.web;

import org.entente.graphql.cost.LimitErrors;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Spring GraphQL's HTTP handler, answering 429 when a request was refused because its caller's budget holds less
 * than it would cost (the adapter has set {@code Retry-After}); any other answer keeps the status Spring gives it.
 */
final class ThrottlingHttpHandler extends GraphQlHttpHandler {
    ThrottlingHttpHandler(WebGraphQlHandler handler) {
        super(handler);
    }

    @Override
    protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType mediaType) {
        boolean throttled = response.getErrors().stream()
                .anyMatch(error -> error.getErrorType() == LimitErrors.Classification.TOO_MANY_REQUESTS);
        return throttled ? HttpStatus.TOO_MANY_REQUESTS : super.selectResponseStatus(response, mediaType);
    }
}

package org.entente.bootstrap.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error the servlet container answers (an unreadable body, a wrong content type, a wrong method, a path that
 * serves nothing), as JSON shaped like a GraphQL answer, whatever the client accepts: a message that says what to
 * send instead, and a code. It never repeats an exception's message, which may name classes; an unexpected
 * failure says only its incident id, which the log repeats with the details.
 */
@Controller
final class GraphQlShapedErrors implements ErrorController {
    private static final Log log = LogFactory.getLog(GraphQlShapedErrors.class);
    /** A reason short and plain enough to pass on: no class names, no stack frames. */
    private static final Pattern PLAIN = Pattern.compile("[\\w ,;:'()\\-]{1,120}");

    /** What each status the container answers says: its code, and what to send instead. */
    private static final Map<HttpStatus, Answer> ANSWERS = new EnumMap<>(Map.of(
            HttpStatus.BAD_REQUEST, new Answer("REQUEST_UNREADABLE", "The request could not be read: send a JSON "
                    + "object with a string 'query' and, if need be, 'operationName', 'variables' (an object) and "
                    + "'extensions' (an object)"),
            HttpStatus.FORBIDDEN, new Answer("FORBIDDEN", "This caller's key lacks the role needed here"),
            HttpStatus.NOT_FOUND, new Answer("NOT_FOUND", "Nothing is served here; GraphQL is served at /graphql"),
            HttpStatus.METHOD_NOT_ALLOWED, new Answer("METHOD_NOT_ALLOWED", "This method is not allowed here; send "
                    + "GraphQL queries with GET or POST, mutations with POST"),
            HttpStatus.NOT_ACCEPTABLE, new Answer("NOT_ACCEPTABLE", "The service answers application/json"),
            HttpStatus.UNSUPPORTED_MEDIA_TYPE, new Answer("UNSUPPORTED_MEDIA_TYPE",
                    "Send the request as Content-Type: application/json"),
            HttpStatus.PAYLOAD_TOO_LARGE, new Answer("BODY_TOO_LARGE", "The request is too large")));

    private record Answer(String code, String message) {
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<byte[]> error(HttpServletRequest request) {
        HttpStatus status = status(request);
        Answer answer = ANSWERS.get(status);
        if (answer != null && status == HttpStatus.BAD_REQUEST) {
            answer = new Answer(answer.code(), answer.message() + reason(request));
        } else if (answer == null && status.is5xxServerError()) {
            String incident = UUID.randomUUID().toString();
            log.error("Incident " + incident + " answering " + request.getAttribute(
                    RequestDispatcher.ERROR_REQUEST_URI), (Throwable) request.getAttribute(
                    RequestDispatcher.ERROR_EXCEPTION));
            answer = new Answer("INTERNAL_ERROR", "The server could not answer; the incident was logged as "
                    + incident);
        } else if (answer == null) {
            answer = new Answer("HTTP_" + status.value(), status.getReasonPhrase());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(ErrorBody.of(answer.code(), status.is5xxServerError() ? "INTERNAL_ERROR" : "BAD_REQUEST",
                        answer.message(), Map.of()));
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String reason(HttpServletRequest request) {
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        return message instanceof String text && PLAIN.matcher(text).matches() ? " (" + text + ")" : "";
    }
}

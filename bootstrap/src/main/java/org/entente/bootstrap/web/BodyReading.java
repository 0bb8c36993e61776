package org.entente.bootstrap.web;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Reads every request body before anything else sees the request, without holding a thread while the client
 * sends it: the bytes are taken as they arrive (servlet non-blocking input), and only once the whole body is in
 * memory does the request go on, through the filters and the servlet, in a dispatch of its own. So a client that
 * sends its body a byte a second holds a connection but no thread. A body larger than
 * {@code entente.limits.max-body-size} is refused with 413 ({@code BODY_TOO_LARGE}), whoever sends it; a body not
 * complete within {@code entente.limits.body-read-timeout} with 408 ({@code BODY_READ_TIMEOUT}); a content type
 * that does not parse with 415; a GraphQL body that is no JSON object, or whose fields are of the wrong kind (a
 * number for {@code query}), with 400 ({@code BATCH_NOT_SUPPORTED} for an array).
 */
public final class BodyReading extends HttpFilter {
    private static final String BODY = BodyReading.class.getName() + ".BODY";
    private static final String REFUSAL = BodyReading.class.getName() + ".REFUSAL";
    private static final String FORWARDED = BodyReading.class.getName() + ".FORWARDED";
    private static final Log log = LogFactory.getLog(BodyReading.class);

    private final int maxBytes;
    private final Duration readTimeout;
    private final String graphQlPath;

    public BodyReading(int maxBytes, Duration readTimeout, String graphQlPath) {
        this.maxBytes = maxBytes;
        this.readTimeout = readTimeout;
        this.graphQlPath = graphQlPath;
    }

    /** For the filter registration: the dispatches this filter takes part in. */
    static DispatcherType[] dispatches() {
        return new DispatcherType[] {DispatcherType.REQUEST, DispatcherType.ASYNC};
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ASYNC && request.getAttribute(FORWARDED) == null
                && (request.getAttribute(BODY) != null || request.getAttribute(REFUSAL) != null)) {
            request.setAttribute(FORWARDED, Boolean.TRUE);
            if (request.getAttribute(REFUSAL) instanceof Refusal refusal) {
                // answered in a dispatch of its own, so that the container ends the request as it ends any other
                refusal.send(response);
                return;
            }
            BufferedRequest buffered = new BufferedRequest(request, (byte[]) request.getAttribute(BODY));
            try {
                chain.doFilter(buffered, response);
            } finally {
                buffered.dispatchEnded();
            }
            return;
        }
        if (request.getDispatcherType() != DispatcherType.REQUEST || !hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            dropBody(request);
            tooLarge(declared).send(response);
            return;
        }
        if (!readableType(request.getContentType())) {
            // Spring's own matching of the type would fail with an exception, and then again on its error page
            new Refusal(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
                    "Send the request as Content-Type: application/json", Map.of()).send(response);
            return;
        }
        AsyncContext async = request.startAsync(request, response);
        async.setTimeout(readTimeout.toMillis());
        Reader reader = new Reader(request, response, async);
        async.addListener(reader);
        request.getInputStream().setReadListener(reader);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private Refusal tooLarge(long found) {
        return new Refusal(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "BODY_TOO_LARGE",
                "A request body may hold at most " + maxBytes + " bytes (entente.limits.max-body-size)",
                Map.of("limit", "entente.limits.max-body-size", "maximum", maxBytes, "found", found));
    }

    private Refusal timedOut() {
        return new Refusal(HttpServletResponse.SC_REQUEST_TIMEOUT, "BODY_READ_TIMEOUT",
                "The request body did not arrive within " + readTimeout.toMillis() + " ms "
                        + "(entente.limits.body-read-timeout, and server.tomcat.connection-timeout between bytes)",
                Map.of("limit", "entente.limits.body-read-timeout", "maximum", readTimeout.toMillis()));
    }

    /** A GraphQL request over HTTP is one JSON object of the spec's fields; anything else is refused before Spring. */
    private Refusal notAnObject(HttpServletRequest request, byte[] body) {
        if (!graphQlPath.equals(request.getRequestURI()) || !isJson(request.getContentType())) {
            return null;
        }
        int first = firstNonBlank(body);
        if (first == '{') {
            String problem = Envelopes.problem(body);
            return problem == null ? null : new Refusal(HttpServletResponse.SC_BAD_REQUEST, "REQUEST_UNREADABLE",
                    "The request body is no GraphQL request: " + problem, Map.of());
        }
        return first == '['
                ? new Refusal(HttpServletResponse.SC_BAD_REQUEST, "BATCH_NOT_SUPPORTED",
                        "Send one GraphQL request per HTTP request: a JSON object, not an array of them", Map.of())
                : new Refusal(HttpServletResponse.SC_BAD_REQUEST, "REQUEST_UNREADABLE",
                        "The request body must be a JSON object with a string 'query'", Map.of());
    }

    /** Takes the body as it arrives; the container calls it one event at a time. */
    private final class Reader implements ReadListener, AsyncListener {
        private final HttpServletRequest request;
        private final HttpServletResponse response;
        private final AsyncContext async;
        private final ServletInputStream in;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final byte[] chunk = new byte[8192];
        private boolean done;

        Reader(HttpServletRequest request, HttpServletResponse response, AsyncContext async) throws IOException {
            this.request = request;
            this.response = response;
            this.async = async;
            this.in = request.getInputStream();
        }

        @Override
        public synchronized void onDataAvailable() throws IOException {
            while (!done && in.isReady()) {
                int read = in.read(chunk);
                if (read < 0) {
                    return;
                }
                if (body.size() + read > maxBytes) {
                    refuse(tooLarge(body.size() + (long) read));
                    return;
                }
                body.write(chunk, 0, read);
            }
        }

        @Override
        public synchronized void onAllDataRead() {
            if (done) {
                return;
            }
            byte[] bytes = body.toByteArray();
            Refusal refusal = notAnObject(request, bytes);
            if (refusal != null) {
                refuse(refusal);
                return;
            }
            done = true;
            request.setAttribute(BODY, bytes);
            async.dispatch();
        }

        private void refuse(Refusal refusal) {
            done = true;
            request.setAttribute(REFUSAL, refusal);
            async.dispatch();
        }

        @Override
        public synchronized void onError(Throwable failure) {
            // the client went away, or stopped sending for longer than the connection timeout
            if (!done) {
                done = true;
                log.debug("A request body could not be read", failure);
                end(failure instanceof SocketTimeoutException ? timedOut() : null);
            }
        }

        @Override
        public synchronized void onTimeout(AsyncEvent event) {
            if (!done) {
                done = true;
                end(timedOut());
            }
        }

        /** Answers {@code refusal} if there is one and the client may still read it, and ends the request. */
        private void end(Refusal refusal) {
            try {
                if (refusal != null && !response.isCommitted()) {
                    dropBody(request);
                    refusal.send(response);
                }
            } catch (IOException gone) {
                log.debug("The client is gone", gone);
            } finally {
                try {
                    async.complete();
                } catch (IllegalStateException ended) {
                    log.debug("The request had ended already", ended);
                }
            }
        }

        @Override
        public void onComplete(AsyncEvent event) {
        }

        @Override
        public void onError(AsyncEvent event) {
            onError(event.getThrowable());
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }
    }

    /** An answer refusing the body, GraphQL-shaped. */
    private record Refusal(int status, String code, String message, Map<String, Object> details) {
        void send(HttpServletResponse response) throws IOException {
            response.setHeader("Connection", "close");
            ErrorBody.send(response, status, code, message, details);
        }
    }

    /** Reads no more of a body refused, and closes the connection after the answer (Tomcat would drain it first). */
    private static void dropBody(HttpServletRequest request) {
        if (request.getAttribute(ClientConnections.DROP_BODY) instanceof Runnable drop) {
            drop.run();
        }
    }

    private static int firstNonBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return b;
            }
        }
        return -1;
    }

    /** A type Spring can match: absent, or a concrete type and subtype that parse. */
    private static boolean readableType(String contentType) {
        if (contentType == null) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }

    private static boolean isJson(String contentType) {
        try {
            return contentType != null
                    && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }
}

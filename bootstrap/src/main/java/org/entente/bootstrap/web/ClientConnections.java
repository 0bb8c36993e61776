package org.entente.bootstrap.web;

import jakarta.servlet.ServletException;
import java.io.EOFException;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.channels.ClosedChannelException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.net.SocketWrapperBase;
import org.entente.graphql.cost.ClientConnection;

/**
 * Tells a running GraphQL request whether its client is still connected. Tomcat does not watch an HTTP/1.1
 * connection while a request is being processed, so a client that gives up is noticed only when its answer is
 * written; this valve hands each request a {@link ClientConnection} that asks the socket itself, with a
 * non-blocking read of what the client sent since its body: nothing (still there), bytes of a next request (still
 * there: Tomcat keeps them for that request), or the end of the stream (gone). Reaching the socket takes one field
 * Tomcat keeps private; should a later Tomcat rename it, the probe says "still there" and the request's time limit
 * stops the work instead (logged once).
 */
final class ClientConnections extends ValveBase {
    /**
     * The request attribute holding what ends a refused upload: the rest of the body is not read (Tomcat would
     * drain it, holding a thread while a slow client sends it), and, the answer saying {@code Connection: close},
     * the connection is closed once the answer is sent.
     */
    static final String DROP_BODY = ClientConnections.class.getName() + ".DROP_BODY";

    private static final Log log = LogFactory.getLog(ClientConnections.class);
    private static final Field SOCKET = socketField();
    private static final java.lang.reflect.Method NO_SWALLOW = noSwallowMethod();

    ClientConnections() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        org.apache.coyote.Request coyote = request.getCoyoteRequest();
        request.setAttribute(DROP_BODY, (Runnable) () -> dropBody(coyote));
        if (SOCKET != null) {
            request.setAttribute(ClientConnection.ATTRIBUTE, new Probe(request.getCoyoteRequest(), Thread.currentThread()));
        }
        getNext().invoke(request, response);
    }

    /** The probe of one dispatch; it reads the socket only on the thread that runs that dispatch. */
    private record Probe(org.apache.coyote.Request request, Thread owner) implements ClientConnection {
        @Override
        public boolean isGone() {
            if (Thread.currentThread() != owner) {
                return false;
            }
            try {
                SocketWrapperBase<?> socket = (SocketWrapperBase<?>) SOCKET.get(request.getInputBuffer());
                if (socket == null || socket.isClosed()) {
                    return true;
                }
                socket.isReadyForRead();
                return false;
            } catch (EOFException | ClosedChannelException closed) {
                return true;
            } catch (IOException broken) {
                return true;
            } catch (ReflectiveOperationException | RuntimeException unexpected) {
                return false;
            }
        }
    }

    /**
     * Tells Tomcat not to drain the rest of a body. Its own action for it marks the request in error, which, in the
     * middle of a non-blocking read, ends the request without ending its async cycle (graceful shutdown then waits
     * for it in vain); so the input buffer is told directly where it can be, and the action is the fallback.
     */
    private static void dropBody(org.apache.coyote.Request coyote) {
        if (NO_SWALLOW != null && coyote.getInputBuffer() instanceof org.apache.coyote.http11.Http11InputBuffer input) {
            try {
                NO_SWALLOW.invoke(input, false);
                return;
            } catch (ReflectiveOperationException | RuntimeException unexpected) {
                log.debug("Tomcat's input buffer refused to stop draining", unexpected);
            }
        }
        coyote.action(ActionCode.DISABLE_SWALLOW_INPUT, null);
    }

    private static java.lang.reflect.Method noSwallowMethod() {
        try {
            java.lang.reflect.Method method = org.apache.coyote.http11.Http11InputBuffer.class
                    .getDeclaredMethod("setSwallowInput", boolean.class);
            method.setAccessible(true);
            return method;
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn("Tomcat's input buffer is out of reach (" + e.getMessage() + "): a refused body ends its "
                    + "request as an error");
            return null;
        }
    }

    private static Field socketField() {
        try {
            Field field = org.apache.coyote.http11.Http11InputBuffer.class.getDeclaredField("wrapper");
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn("Tomcat's socket is out of reach (" + e.getMessage() + "): a request whose client disconnects "
                    + "runs on until its time limit (entente.limits.time-limit)");
            return null;
        }
    }
}

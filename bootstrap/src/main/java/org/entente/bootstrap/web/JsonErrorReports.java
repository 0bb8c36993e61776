package org.entente.bootstrap.web;

import java.io.IOException;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's report of an error it answers itself, before any servlet (a path it refuses to decode, a header it
 * cannot read), as the same JSON the service answers every other error with, in place of Tomcat's HTML page.
 */
public final class JsonErrorReports extends ErrorReportValve {
    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        java.util.concurrent.atomic.AtomicBoolean writable = new java.util.concurrent.atomic.AtomicBoolean();
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
        if (!writable.get()) {
            return;
        }
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(ErrorBody.of("HTTP_" + status, status >= 500 ? "INTERNAL_ERROR"
                    : "BAD_REQUEST", status >= 500 ? "The server could not answer" : "The request was refused "
                    + "before it reached the service (HTTP " + status + "): check its path and headers (the request "
                    + "line and headers together may hold at most server.max-http-request-header-size, 8KB unless "
                    + "set; send a long query by POST)", Map.of()));
            response.finishResponse();
        } catch (IOException | IllegalStateException gone) {
            // nothing more can be said to this client
        }
    }
}

package org.entente.bootstrap.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A request whose body {@link BodyReading} has read already, offered to whoever reads it, as often as they like.
 * It runs in the dispatch that follows the reading, which the container calls {@code ASYNC}; to the filters and
 * the servlet it is the request itself, so it says {@code REQUEST} until that dispatch ends.
 */
public final class BufferedRequest extends HttpServletRequestWrapper {
    private final byte[] body;
    private volatile boolean dispatchEnded;

    BufferedRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    /** The body of {@code request} if a {@link BufferedRequest} holds it, however deep it is wrapped. */
    public static Optional<byte[]> bodyOf(ServletRequest request) {
        ServletRequest current = request;
        while (current instanceof ServletRequestWrapper wrapper) {
            if (current instanceof BufferedRequest buffered) {
                return Optional.of(buffered.body);
            }
            current = wrapper.getRequest();
        }
        return Optional.empty();
    }

    void dispatchEnded() {
        dispatchEnded = true;
    }

    @Override
    public DispatcherType getDispatcherType() {
        return dispatchEnded ? super.getDispatcherType() : DispatcherType.REQUEST;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return in.read(buffer, offset, length);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("the body is read already");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }
}

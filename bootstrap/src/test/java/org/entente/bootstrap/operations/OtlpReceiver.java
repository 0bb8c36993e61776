package org.entente.bootstrap.operations;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * An OTLP/HTTP trace receiver on a loopback port: it takes what an exporter posts to {@code /v1/traces} (protobuf
 * {@code ExportTraceServiceRequest}), reads each span's trace id and name off the wire and keeps them.
 */
final class OtlpReceiver implements AutoCloseable {
    record Span(String traceId, String name) {
    }

    private final HttpServer server;
    private final List<Span> spans = new ArrayList<>();

    OtlpReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/traces", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            List<Span> received = new ArrayList<>();
            // ExportTraceServiceRequest: 1 resource_spans { 2 scope_spans { 2 spans { 1 trace_id, 5 name } } }
            for (byte[] resource : Protobuf.fields(body, 1)) {
                for (byte[] scope : Protobuf.fields(resource, 2)) {
                    for (byte[] span : Protobuf.fields(scope, 2)) {
                        received.add(new Span(HexFormat.of().formatHex(Protobuf.fields(span, 1).get(0)),
                                new String(Protobuf.fields(span, 5).get(0), java.nio.charset.StandardCharsets.UTF_8)));
                    }
                }
            }
            synchronized (spans) {
                spans.addAll(received);
            }
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, 0);
            exchange.close();
        });
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/traces";
    }

    List<Span> spans() {
        synchronized (spans) {
            return List.copyOf(spans);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** Just enough of the protobuf wire format to take a message's length-delimited fields apart. */
    static final class Protobuf {
        private Protobuf() {
        }

        /** Every length-delimited field numbered {@code number} in {@code message}, in order. */
        static List<byte[]> fields(byte[] message, int number) {
            List<byte[]> found = new ArrayList<>();
            int[] at = {0};
            while (at[0] < message.length) {
                long key = varint(message, at);
                int type = (int) (key & 7);
                switch (type) {
                    case 0 -> varint(message, at);
                    case 1 -> at[0] += 8;
                    case 5 -> at[0] += 4;
                    case 2 -> {
                        int length = (int) varint(message, at);
                        if (key >>> 3 == number) {
                            found.add(java.util.Arrays.copyOfRange(message, at[0], at[0] + length));
                        }
                        at[0] += length;
                    }
                    default -> throw new IllegalArgumentException("protobuf wire type " + type + " is not read here");
                }
            }
            return found;
        }

        private static long varint(byte[] message, int[] at) {
            long value = 0;
            for (int shift = 0; ; shift += 7) {
                byte next = message[at[0]++];
                value |= (long) (next & 0x7f) << shift;
                if (next >= 0) {
                    return value;
                }
            }
        }
    }
}

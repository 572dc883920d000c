package org.entente.deploy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * What an OpenTelemetry collector would receive from the suite: an OTLP/HTTP endpoint on loopback
 * ({@code /v1/traces}, protobuf) that keeps every span it is sent. The JDK's HTTP server and the
 * OTLP protocol's own classes; no collector is installable here, and a test needs the spans in hand.
 */
public final class OtlpReceiver implements AutoCloseable {

    /** One received span; ids in hex, empty parent for a root. */
    public record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name, String kind,
                        Map<String, String> attributes) {

        @Override
        public String toString() {
            return service + " " + kind + " \"" + name + "\" trace " + traceId + " span " + spanId
                    + (parentSpanId.isEmpty() ? " (root)" : " parent " + parentSpanId);
        }
    }

    private static final HexFormat HEX = HexFormat.of();

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new ArrayList<>();

    public OtlpReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/traces", this::receive);
        server.start();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public synchronized List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            List<ReceivedSpan> received;
            try (InputStream body = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                    ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
                received = spansOf(ExportTraceServiceRequest.parseFrom(body));
            } catch (IOException | RuntimeException | LinkageError e) {
                e.printStackTrace(); // the JDK's server would drop it silently, and the test would only see no spans
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            synchronized (this) {
                spans.addAll(received);
            }
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    private static List<ReceivedSpan> spansOf(ExportTraceServiceRequest request) {
        List<ReceivedSpan> received = new ArrayList<>();
        for (ResourceSpans resource : request.getResourceSpansList()) {
            String service = attributes(resource.getResource().getAttributesList()).getOrDefault("service.name", "?");
            for (ScopeSpans scope : resource.getScopeSpansList()) {
                scope.getSpansList().forEach(span -> received.add(new ReceivedSpan(service,
                        HEX.formatHex(span.getTraceId().toByteArray()), HEX.formatHex(span.getSpanId().toByteArray()),
                        HEX.formatHex(span.getParentSpanId().toByteArray()), span.getName(), span.getKind().name(),
                        attributes(span.getAttributesList()))));
            }
        }
        return received;
    }

    private static Map<String, String> attributes(List<KeyValue> keyValues) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (KeyValue kv : keyValues) {
            var value = kv.getValue();
            attributes.put(kv.getKey(), value.hasStringValue() ? value.getStringValue() : value.hasIntValue()
                    ? Long.toString(value.getIntValue()) : value.toString().trim());
        }
        return attributes;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

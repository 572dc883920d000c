package org.entente.platform.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The trace of a change across the outbox. The request that writes an event stores its W3C
 * {@code traceparent} with it ({@link #currentTraceParent()}); the relay, later and on its own thread,
 * publishes it in a span that is a child of that request ({@link #send}) and passes the span on in the
 * record's {@code traceparent} header; a consumer's span is a child of the publish span
 * ({@link #processing}). So the request, the publish and every consumer are one trace.
 */
@Singleton
public class EventTracing {

    public static final String TRACEPARENT = "traceparent";
    static final String INSTRUMENTATION = "org.entente.events";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<Map<String, String>> FROM_MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private final Tracer tracer;

    EventTracing(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer(INSTRUMENTATION);
    }

    /** The {@code traceparent} of the current span, to store with an event written now; null outside a trace. */
    public static String currentTraceParent() {
        if (!Span.current().getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(Context.current(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /**
     * Sends a record in a producer span that is a child of the request that wrote the event
     * ({@code traceParent} as stored with it, or a new trace without one), with that span's context in
     * the record's {@code traceparent} header. The span ends when Kafka acknowledges or fails the send.
     */
    public Future<RecordMetadata> send(KafkaProducer<String, byte[]> producer, ProducerRecord<String, byte[]> record,
                                       String traceParent) {
        Span span = tracer.spanBuilder("publish " + record.topic())
                .setSpanKind(SpanKind.PRODUCER)
                .setParent(traceParent == null ? Context.root() : W3C.extract(Context.root(), Map.of(TRACEPARENT, traceParent), FROM_MAP))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.message.id", header(record.headers(), "ce_id"))
                .setAttribute("messaging.kafka.message.key", record.key())
                .startSpan();
        Headers headers = record.headers();
        headers.remove(TRACEPARENT);
        W3C.inject(Context.root().with(span), headers,
                (carrier, key, value) -> carrier.add(key, value.getBytes(StandardCharsets.UTF_8)));
        try {
            return producer.send(record, (metadata, failure) -> end(span, failure));
        } catch (RuntimeException e) {
            end(span, e);
            throw e;
        }
    }

    /**
     * A consumer's span for one record, a child of the span that published it (from its {@code traceparent}
     * header). Not made current: a batch consumer holds one per record of a poll; end it with {@link #end}.
     */
    public Span processing(ConsumerRecord<String, byte[]> record, String consumer) {
        Map<String, String> carrier = new HashMap<>();
        String traceParent = header(record.headers(), TRACEPARENT);
        if (traceParent != null) {
            carrier.put(TRACEPARENT, traceParent);
        }
        return tracer.spanBuilder("process " + record.topic())
                .setSpanKind(SpanKind.CONSUMER)
                .setParent(W3C.extract(Context.root(), carrier, FROM_MAP))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("messaging.destination.partition.id", Integer.toString(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .setAttribute("messaging.message.id", header(record.headers(), "ce_id"))
                .startSpan();
    }

    /** Ends a span, as an error when {@code failure} is not null. */
    public static void end(Span span, Throwable failure) {
        if (failure != null) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR, failure.getMessage());
        }
        span.end();
    }

    public static void endAll(List<Span> spans, Throwable failure) {
        spans.forEach(span -> end(span, failure));
    }

    private static String header(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

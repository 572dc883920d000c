package org.entente.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.entente.platform.testing.PostgresAndKafka;
import org.entente.platform.testing.TracingOn;
import org.junit.jupiter.api.Test;

/** The PostgreSQL outbox keeps the writing request's trace: its relay publishes the event in a child span of that request. */
@QuarkusTest
@TestProfile(TracingOn.class)
@WithTestResource(PostgresAndKafka.class)
class OutboxTraceTest {

    @Inject
    PactService pacts;

    @Inject
    Tracer tracer;

    @Inject
    InMemorySpanExporter spans;

    @Test
    void anEventIsPublishedInAChildSpanOfTheRequestThatWroteIt() {
        Span request = tracer.spanBuilder("a request").setSpanKind(SpanKind.SERVER).startSpan();
        UUID id;
        try (Scope ignored = request.makeCurrent()) {
            id = pacts.create("Traced pact");
        } finally {
            request.end();
        }
        String traceId = request.getSpanContext().getTraceId();
        assertEquals("00-" + traceId + "-" + request.getSpanContext().getSpanId() + "-01",
                OutboxEvent.<OutboxEvent>find("aggregateId", id.toString()).firstResult().traceParent,
                "the event keeps the request's traceparent");

        List<SpanData> trace = Awaitility.await("the publish span").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(traceId)).toList(),
                        found -> found.stream().anyMatch(s -> s.getKind() == SpanKind.PRODUCER));
        SpanData publish = trace.stream().filter(s -> s.getKind() == SpanKind.PRODUCER).findFirst().orElseThrow();
        assertEquals("publish pacts.events", publish.getName());
        assertEquals(request.getSpanContext().getSpanId(), publish.getParentSpanId(), "a child of the request");
        assertEquals(id.toString(), publish.getAttributes().get(io.opentelemetry.api.common.AttributeKey.stringKey("messaging.kafka.message.key")));
    }
}

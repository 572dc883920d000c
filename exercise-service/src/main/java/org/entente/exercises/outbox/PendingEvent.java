package org.entente.exercises.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.entente.platform.cloudevents.DomainEvent;
import org.entente.platform.tracing.EventTracing;

/**
 * An event waiting in its exercise's document ({@code pendingEvents}) until the relay has published
 * it: written by the same single-document update as the change it reports, with the W3C
 * {@code traceparent} of the request that made it ({@code traceParent}, null outside a trace).
 */
public record PendingEvent(UUID id, String type, Instant time, String data, String traceParent) {

    public static PendingEvent of(String shortType, Instant time, String json) {
        return new PendingEvent(UUID.randomUUID(), DomainEvent.qualifiedType(shortType), time, json,
                EventTracing.currentTraceParent());
    }

    public Document toDocument() {
        Document document = new Document("id", id.toString()).append("type", type).append("time", Date.from(time))
                .append("data", data);
        return traceParent == null ? document : document.append("traceParent", traceParent);
    }

    public static PendingEvent of(Document d) {
        return new PendingEvent(UUID.fromString(d.getString("id")), d.getString("type"), d.getDate("time").toInstant(),
                d.getString("data"), d.getString("traceParent"));
    }

    public DomainEvent toDomainEvent(String source, String subject) {
        return new DomainEvent(id, source, type, subject, time, data.getBytes(StandardCharsets.UTF_8));
    }
}

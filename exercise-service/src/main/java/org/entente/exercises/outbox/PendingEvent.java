package org.entente.exercises.outbox;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.entente.platform.cloudevents.DomainEvent;

/**
 * An event waiting in its exercise's document ({@code pendingEvents}) until the relay has published
 * it: written by the same single-document update as the change it reports.
 */
public record PendingEvent(UUID id, String type, Instant time, String data) {

    public static PendingEvent of(String shortType, Instant time, String json) {
        return new PendingEvent(UUID.randomUUID(), DomainEvent.qualifiedType(shortType), time, json);
    }

    public Document toDocument() {
        return new Document("id", id.toString()).append("type", type).append("time", Date.from(time)).append("data", data);
    }

    public static PendingEvent of(Document d) {
        return new PendingEvent(UUID.fromString(d.getString("id")), d.getString("type"), d.getDate("time").toInstant(),
                d.getString("data"));
    }

    public DomainEvent toDomainEvent(String source, String subject) {
        return new DomainEvent(id, source, type, subject, time, data.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}

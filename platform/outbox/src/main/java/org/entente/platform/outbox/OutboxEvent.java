package org.entente.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.entente.platform.cloudevents.DomainEvent;

/** One event waiting in the outbox (or already sent, until cleanup). */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    /** Write order; the relay sends in this order. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long position;

    @Column(nullable = false, unique = true)
    public UUID id;

    @Column(nullable = false)
    public String topic;

    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String source;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** JSON, kept as text so that subscribers get it exactly as the service wrote it. */
    @Column(nullable = false)
    public String payload;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** W3C {@code traceparent} of the request that wrote the event: the relay's publish span is its child. */
    @Column(name = "trace_parent")
    public String traceParent;

    DomainEvent toDomainEvent() {
        return new DomainEvent(id, source, type, aggregateId, occurredAt, payload.getBytes(StandardCharsets.UTF_8));
    }
}

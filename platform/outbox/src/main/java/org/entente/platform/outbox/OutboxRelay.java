package org.entente.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.entente.platform.cloudevents.KafkaCloudEvents;
import org.entente.platform.relay.EventRelay;
import org.entente.platform.relay.KafkaSettings;
import org.entente.platform.relay.OutboxConfig;
import org.entente.platform.tracing.EventTracing;

/**
 * Publishes the events of the PostgreSQL outbox to Kafka and marks them sent, in write order, on
 * the shared relay thread ({@link EventRelay}), and gives them their change feed positions.
 *
 * <p>Several instances: each batch runs in a transaction that first takes a PostgreSQL advisory
 * transaction lock, so only one instance relays at a time and events leave in write order (per
 * aggregate in particular); the others find the lock taken and try again later. An event is sent
 * twice only when Kafka acknowledged it but the marking transaction then failed (at-least-once;
 * consumers deduplicate by {@code ce_id}).
 */
@Singleton // not @ApplicationScoped: a client proxy would need a no-args constructor in EventRelay
public class OutboxRelay extends EventRelay {

    /** The advisory lock key of the relay (any constant; each service has its own database). */
    private static final long RELAY_LOCK = 0x656e74656e7465L;

    private final EntityManager entityManager;
    private final OutboxChanges changes;
    private final EventTracing tracing;

    OutboxRelay(OutboxConfig config, EntityManager entityManager, KafkaSettings kafka, OutboxChanges changes,
                EventTracing tracing, MeterRegistry registry) {
        super(config, kafka, registry);
        this.entityManager = entityManager;
        this.changes = changes;
        this.tracing = tracing;
    }

    void start(@Observes StartupEvent started) {
        start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        stop();
    }

    /**
     * Gives committed events their change feed positions, then sends the oldest unsent events, if
     * this instance holds the relay lock; returns how many were sent. When the send fails (Kafka
     * unreachable: it takes the send timeout), the positions are given again in a transaction of
     * their own, so the change feed goes on during an outage, a send timeout behind.
     */
    @Override
    protected int relayOneBatch(KafkaProducer<String, byte[]> producer) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> sequenceAndSend(producer));
        } catch (RuntimeException sendFailed) {
            QuarkusTransaction.requiringNew().call(() -> locked() ? changes.sequenceWaiting(config.batchSize()) : 0);
            throw sendFailed;
        }
    }

    private int sequenceAndSend(KafkaProducer<String, byte[]> producer) throws Exception {
        if (!locked()) {
            return 0; // another instance is relaying right now
        }
        changes.sequenceWaiting(config.batchSize());
        List<OutboxEvent> batch = entityManager
                .createQuery("FROM OutboxEvent WHERE sentAt IS NULL ORDER BY position", OutboxEvent.class)
                .setMaxResults(config.batchSize())
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (OutboxEvent event : batch) {
            acks.add(tracing.send(producer, KafkaCloudEvents.toRecord(event.topic, event.toDomainEvent()), event.traceParent));
        }
        // the first failure ends the batch: nothing is marked sent, the transaction rolls back
        for (Future<RecordMetadata> ack : acks) {
            ack.get(config.sendTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        }
        published(batch.size());
        Instant now = Instant.now();
        for (OutboxEvent event : batch) {
            event.sentAt = now;
        }
        return batch.size();
    }

    @Override
    protected Backlog readBacklog() {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager
                .createNativeQuery("SELECT COUNT(*), MIN(occurred_at) FROM outbox_event WHERE sent_at IS NULL").getSingleResult());
        return Backlog.of(((Number) row[0]).longValue(), row[1] == null ? null : toInstant(row[1]));
    }

    private static Instant toInstant(Object timestamp) {
        return timestamp instanceof java.time.OffsetDateTime offset ? offset.toInstant()
                : timestamp instanceof java.sql.Timestamp sql ? sql.toInstant() : (Instant) timestamp;
    }

    private boolean locked() {
        return Boolean.TRUE.equals(entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK).getSingleResult());
    }
}

package org.entente.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.entente.platform.cloudevents.DomainEvent;
import org.entente.platform.relay.OutboxConfig;
import org.entente.platform.tracing.EventTracing;

/**
 * Where services put their events: in the outbox table, inside the transaction that makes the
 * change, so an event exists exactly when its change was committed. The {@link OutboxRelay}
 * publishes it to Kafka after the commit.
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_REGISTERED = new Object();
    private static final Object LOCKED_AGGREGATES = new Object();

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final OutboxConfig config;
    private final TransactionSynchronizationRegistry transaction;
    private final OutboxRelay relay;

    Outbox(EntityManager entityManager, ObjectMapper json, OutboxConfig config,
           TransactionSynchronizationRegistry transaction, OutboxRelay relay) {
        this.entityManager = entityManager;
        this.json = json;
        this.config = config;
        this.transaction = transaction;
        this.relay = relay;
    }

    /**
     * Adds an event to the current transaction.
     *
     * @param aggregateId the changed aggregate's id: the record key and {@code ce_subject}
     * @param type        e.g. {@code alliance.member-admitted.v1} (prefixed with {@code org.entente.})
     * @param payload     the aggregate's new state and what changed, serialized as JSON
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DomainEvent publish(String aggregateId, String type, Object payload) {
        lockAggregate(aggregateId);
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.topic = config.topic();
        event.aggregateId = aggregateId;
        event.type = DomainEvent.qualifiedType(type);
        event.source = config.source();
        event.occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
        event.payload = toJson(payload);
        event.traceParent = EventTracing.currentTraceParent();
        event.persist();
        wakeRelayAfterCommit();
        return event.toDomainEvent();
    }

    /**
     * Events of one aggregate must get positions in commit order: until this transaction ends, another
     * one publishing for the same aggregate waits here, before it takes a position. Once per aggregate
     * and transaction (the lock is held to the end anyway); the lock query flushes nothing, as it reads
     * no table (a flush per event made an import's many small steps cost a round of statements each).
     */
    private void lockAggregate(String aggregateId) {
        @SuppressWarnings("unchecked")
        Set<String> locked = (Set<String>) transaction.getResource(LOCKED_AGGREGATES);
        if (locked == null) {
            locked = new HashSet<>();
            transaction.putResource(LOCKED_AGGREGATES, locked);
        }
        if (locked.add(aggregateId)) {
            entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                    .setParameter(1, aggregateId).setFlushMode(FlushModeType.COMMIT).getSingleResult();
        }
    }

    private String toJson(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload is not serializable as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private void wakeRelayAfterCommit() {
        if (transaction.getResource(WAKE_REGISTERED) != null) {
            return;
        }
        transaction.putResource(WAKE_REGISTERED, Boolean.TRUE);
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}

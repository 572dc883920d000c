package org.entente.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.entente.platform.cloudevents.KafkaCloudEvents;
import org.jboss.logging.Logger;

/**
 * Publishes outbox events to Kafka and marks them sent, in write order.
 *
 * <p>Why a hand-written loop rather than Reactive Messaging: the relay must know that Kafka
 * acknowledged a batch (acks=all, idempotent producer) before it marks the rows sent in the same
 * database transaction that read them, and must keep the rows when Kafka is down; a plain producer
 * inside a transaction says exactly that.
 *
 * <p>Several instances: each batch runs in a transaction that first takes a PostgreSQL advisory
 * transaction lock, so only one instance relays at a time and events leave in write order (per
 * aggregate in particular); the others find the lock taken and try again later. An event is sent
 * twice only when Kafka acknowledged it but the marking transaction then failed (at-least-once;
 * consumers deduplicate by {@code ce_id}).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The advisory lock key of the relay (any constant; each service has its own database). */
    private static final long RELAY_LOCK = 0x656e74656e7465L;

    private final OutboxConfig config;
    private final EntityManager entityManager;
    private final String bootstrapServers;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private KafkaProducer<String, byte[]> producer;

    OutboxRelay(OutboxConfig config, EntityManager entityManager,
                @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.config = config;
        this.entityManager = entityManager;
        this.bootstrapServers = bootstrapServers;
    }

    void start(@Observes StartupEvent started) {
        if (!config.relayEnabled()) {
            LOG.info("Outbox relay disabled (entente.outbox.relay-enabled=false): events stay in the outbox");
            return;
        }
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        wake.release();
        if (worker != null) {
            worker.join(Duration.ofSeconds(15).toMillis());
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Makes the relay look at the outbox now (called after a commit that wrote events). */
    public void wake() {
        wake.release();
    }

    private Properties producerConfig() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        int timeout = (int) config.sendTimeout().toMillis();
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Integer.toString(timeout));
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Integer.toString(Math.max(1000, timeout / 2)));
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.toString(timeout));
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay" + config.source().replace('/', '-'));
        p.putAll(config.producer());
        return p;
    }

    private void run() {
        long backoff = 0;
        while (running) {
            try {
                if (producer == null) {
                    // made here, not at startup: a Kafka that cannot even be resolved yet must not stop the service
                    producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer());
                }
                int sent = relayOneBatch();
                backoff = 0;
                if (sent < config.batchSize()) {
                    wake.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                backoff = Math.min(config.maxBackoff().toMillis(), Math.max(100, backoff * 2));
                LOG.warnf("Outbox relay could not publish (retrying in %d ms, events stay in the outbox): %s",
                        backoff, rootMessage(e));
                sleep(backoff);
            }
        }
    }

    /** Sends the oldest unsent events, if this instance holds the relay lock; returns how many. */
    int relayOneBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object locked = entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, RELAY_LOCK).getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return 0; // another instance is relaying right now
            }
            List<OutboxEvent> batch = entityManager
                    .createQuery("FROM OutboxEvent WHERE sentAt IS NULL ORDER BY position", OutboxEvent.class)
                    .setMaxResults(config.batchSize())
                    .getResultList();
            if (batch.isEmpty()) {
                return 0;
            }
            List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
            for (OutboxEvent event : batch) {
                acks.add(producer.send(KafkaCloudEvents.toRecord(event.topic, event.toDomainEvent())));
            }
            // the first failure ends the batch: nothing is marked sent, the transaction rolls back
            for (Future<RecordMetadata> ack : acks) {
                ack.get(config.sendTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
            }
            Instant now = Instant.now();
            for (OutboxEvent event : batch) {
                event.sentAt = now;
            }
            return batch.size();
        });
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

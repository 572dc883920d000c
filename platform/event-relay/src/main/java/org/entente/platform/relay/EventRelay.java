package org.entente.platform.relay;

import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * The relay thread of an outbox, whatever stores its events: it calls {@link #relayOneBatch} until
 * stopped, sleeps when there is nothing to send until {@link #wake()} or the poll interval, and backs
 * off while Kafka is unreachable, leaving the events where they are.
 *
 * <p>Why a hand-written loop rather than Reactive Messaging: a relay must know that Kafka
 * acknowledged a batch (acks=all, idempotent producer) before it marks those events sent in its
 * store, and must keep them when Kafka is down; a plain producer awaited per batch says exactly that.
 */
public abstract class EventRelay {

    private static final Logger LOG = Logger.getLogger(EventRelay.class);

    protected final OutboxConfig config;
    private final KafkaSettings kafka;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private KafkaProducer<String, byte[]> producer;
    private volatile RelayState state = RelayState.starting();
    private final AtomicLong drainedPasses = new AtomicLong();

    protected EventRelay(OutboxConfig config, KafkaSettings kafka) {
        this.config = config;
        this.kafka = kafka;
    }

    /**
     * Sends the oldest unsent events and marks them sent once Kafka acknowledged them.
     *
     * @return how many were sent; fewer than the batch size means the relay may rest
     * @throws Exception when Kafka or the store failed: nothing may be marked sent then
     */
    protected abstract int relayOneBatch(KafkaProducer<String, byte[]> producer) throws Exception;

    /** How the relay fares with Kafka, as of its last attempt; read by readiness, never waits. */
    public RelayState state() {
        return config.relayEnabled() ? state : RelayState.disabled();
    }

    /**
     * How many passes over the outbox ended without an error and with less than a full batch, so with
     * nothing left that they could see. Once such a pass that began after a change has ended, whatever
     * the relay was going to publish for it is on Kafka: tests wait on this rather than on time to say
     * "nothing was published".
     */
    public long drainedPasses() {
        return drainedPasses.get();
    }

    public void start() {
        if (!config.relayEnabled()) {
            LOG.info("Outbox relay disabled (entente.outbox.relay-enabled=false): events stay in the outbox");
            return;
        }
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    public void stop() throws InterruptedException {
        running = false;
        wake.release();
        if (worker != null) {
            worker.join(Duration.ofSeconds(15).toMillis());
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Makes the relay look at the outbox now (called after a write that added events). */
    public void wake() {
        wake.release();
    }

    private void run() {
        long backoff = 0;
        while (running) {
            try {
                if (producer == null) {
                    // made here, not at startup: a Kafka that cannot even be resolved yet must not stop the service
                    producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer());
                }
                int sent = relayOneBatch(producer);
                state = state.succeeded(Instant.now());
                backoff = 0;
                if (sent < config.batchSize()) {
                    drainedPasses.incrementAndGet();
                    wake.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                state = state.failed(Instant.now(), rootMessage(e));
                backoff = Math.min(config.maxBackoff().toMillis(), Math.max(100, backoff * 2));
                LOG.warnf("Outbox relay could not publish (retrying in %d ms, events stay in the outbox): %s",
                        backoff, rootMessage(e));
                sleep(backoff);
            }
        }
    }

    private Properties producerConfig() {
        Properties p = kafka.client(); // where Kafka is and how to reach it: kafka.*, shared with the consumers
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        int timeout = (int) config.sendTimeout().toMillis();
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Integer.toString(timeout));
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Integer.toString(Math.max(1000, timeout / 2)));
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.toString(timeout));
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay" + config.source().replace('/', '-'));
        p.putAll(config.producer()); // entente.outbox.producer.*: for the relay alone
        return p;
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

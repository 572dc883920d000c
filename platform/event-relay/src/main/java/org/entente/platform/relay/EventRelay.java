package org.entente.platform.relay;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
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
    private final Counter published;
    private final Counter failures;
    private volatile Backlog lastBacklog;

    protected EventRelay(OutboxConfig config, KafkaSettings kafka, MeterRegistry registry) {
        this.config = config;
        this.kafka = kafka;
        Tags topic = Tags.of("topic", config.topic());
        this.published = Counter.builder("entente.outbox.published.events").tags(topic)
                .description("Events the relay published to Kafka (acknowledged)").register(registry);
        this.failures = Counter.builder("entente.outbox.relay.failures").tags(topic)
                .description("Relay passes that failed (Kafka or the store unreachable); the events stay in the outbox")
                .register(registry);
        Gauge.builder("entente.outbox.waiting.events", this, relay -> relay.backlog().events()).tags(topic)
                .description("Events written and not yet published").register(registry);
        Gauge.builder("entente.outbox.oldest.waiting.age.seconds", this, relay -> relay.backlog().oldestAgeSeconds()).tags(topic)
                .description("How long the oldest event not yet published has waited; 0 when none waits").register(registry);
    }

    /** What waits in the outbox, as the store says now. */
    public record Backlog(long events, Instant oldest, Instant readAt) {

        public static Backlog of(long events, Instant oldest) {
            return new Backlog(events, oldest, Instant.now());
        }

        double oldestAgeSeconds() {
            return oldest == null ? 0 : Math.max(0, Duration.between(oldest, readAt).toMillis() / 1000.0);
        }
    }

    /** Counts events Kafka acknowledged. */
    protected void published(int events) {
        published.increment(events);
    }

    /** Counts the events not yet published and finds the oldest of them, in the store (called by scrapes). */
    protected abstract Backlog readBacklog();

    /** The backlog, read at most once a second: a scrape asks for each of its gauges. */
    public Backlog backlog() {
        Backlog last = lastBacklog;
        if (last == null || Duration.between(last.readAt(), Instant.now()).toMillis() >= 1000) {
            last = readBacklog();
            lastBacklog = last;
        }
        return last;
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
                failures.increment();
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

package org.entente.platform.relay;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

@ConfigMapping(prefix = "entente.outbox")
public interface OutboxConfig {

    /** The topic events go to, e.g. {@code alliances.events}. */
    String topic();

    /** {@code ce_source} of every event, e.g. {@code /alliance-service}. */
    String source();

    /** Whether this instance relays events to Kafka (writing to the outbox works either way). */
    @WithDefault("true")
    boolean relayEnabled();

    /** How many events one relay transaction sends at most. */
    @WithDefault("200")
    int batchSize();

    /**
     * How long the relay sleeps when it has nothing to do. A commit in this instance wakes it at
     * once; this only bounds how late it notices another instance's events or retries.
     */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long the relay waits for Kafka to acknowledge a batch before it tries again. */
    @WithDefault("10s")
    Duration sendTimeout();

    /** The longest pause between attempts while Kafka is unreachable. */
    @WithDefault("5s")
    Duration maxBackoff();

    /** How long sent events stay in the table (for inspection and replay) before cleanup. */
    @WithDefault("P7D")
    Duration retention();

    /** Extra Kafka producer settings, e.g. {@code entente.outbox.producer."compression.type"=zstd}. */
    Map<String, String> producer();
}

package org.entente.exercises.consuming;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ConcurrentModificationException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * How far one of the service's consumers is behind, per topic and partition, as
 * {@code entente_consumer_lag_records{consumer, topic, partition}}: the Kafka consumer's own
 * {@code records-lag} (records between its position and the partition's end as of its last fetch), read
 * after each poll. Partitions are the topic's, so the labels stay bounded.
 */
public final class ConsumerLag {

    private final MeterRegistry registry;
    private final String consumer;
    private final String topic;
    private final Map<String, AtomicLong> lags = new ConcurrentHashMap<>();

    /** The lag of {@code consumer} reading {@code topic}. */
    public ConsumerLag(MeterRegistry registry, String consumer, String topic) {
        this.registry = registry;
        this.consumer = consumer;
        this.topic = topic;
    }

    /** Takes the lag of every partition from a consumer's metrics. */
    public void update(Map<MetricName, ? extends Metric> metrics) {
        try {
            metrics.forEach((name, metric) -> {
                String partition = name.tags().get("partition");
                // Kafka writes the topic in its metric tags with '_' for '.'
                if (!"records-lag".equals(name.name()) || !topic.replace('.', '_').equals(name.tags().get("topic")) || partition == null
                        || !(metric.metricValue() instanceof Double lag) || lag.isNaN()) {
                    return;
                }
                lags.computeIfAbsent(partition, key -> register(partition)).set(lag.longValue());
            });
        } catch (ConcurrentModificationException consumerBusy) {
            // read from outside the consumer's thread while it polls: the next batch updates it
        }
    }

    private AtomicLong register(String partition) {
        AtomicLong lag = new AtomicLong();
        Gauge.builder("entente.consumer.lag.records", lag, AtomicLong::get)
                .description("Records the consumer has yet to read on the partition, as of its last fetch")
                .tags("consumer", consumer, "topic", topic, "partition", partition).register(registry);
        return lag;
    }
}

package org.entente.platform.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.entente.platform.cloudevents.DomainEvent;
import org.entente.platform.cloudevents.KafkaCloudEvents;
import org.entente.platform.relay.EventRelay;
import org.awaitility.Awaitility;

/**
 * Reads what really reached a Kafka topic: a real consumer assigned to every partition of the topic,
 * from its beginning, each record read back as a CloudEvent and held against the service's AsyncAPI
 * document ({@link EventContract}).
 */
public final class KafkaEvents {

    private KafkaEvents() {
    }

    /** The events about {@code subject} (aggregate id) on {@code topic}, once {@code until} holds for them. */
    public static List<DomainEvent> about(String topic, String subject, Predicate<List<DomainEvent>> until,
                                          Duration timeout) {
        return read(topic, events -> until.test(about(subject, events)), timeout).stream()
                .filter(e -> e.subject().equals(subject)).toList();
    }

    /** Every event on {@code topic}, read until {@code until} holds or {@code timeout} passes. */
    public static List<DomainEvent> read(String topic, Predicate<List<DomainEvent>> until, Duration timeout) {
        List<DomainEvent> events = new ArrayList<>();
        poll(topic, timeout, records -> {
            records.forEach(r -> events.add(KafkaCloudEvents.fromRecord(r)));
            return until.test(events);
        }, false);
        return events;
    }

    /** The raw records of {@code topic}, with their headers, read until {@code until} holds or {@code timeout} passes. */
    public static List<ConsumerRecord<String, byte[]>> records(String topic,
                                                             Predicate<List<ConsumerRecord<String, byte[]>>> until,
                                                             Duration timeout) {
        List<ConsumerRecord<String, byte[]>> all = new ArrayList<>();
        poll(topic, timeout, records -> {
            all.addAll(records);
            return until.test(all);
        }, false);
        return all;
    }

    /**
     * For "nothing (more) was published": the events about {@code subject} once the relay has ended a
     * pass over its outbox that began after this call and left nothing behind (so nothing it was going
     * to publish is still on its way), read up to each partition's end as it is then. Waits on the
     * relay, not on time.
     */
    public static List<DomainEvent> settled(EventRelay relay, String topic, String subject) {
        return about(subject, settled(relay, topic));
    }

    /** Every event on {@code topic} once the relay has ended a pass that began after this call (see above). */
    public static List<DomainEvent> settled(EventRelay relay, String topic) {
        long before = relay.drainedPasses();
        // the pass under way may have begun before the change: wait for the one after it, woken at once
        Awaitility.await("the outbox relay drains its outbox twice").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    relay.wake();
                    return relay.drainedPasses() >= before + 2;
                });
        List<DomainEvent> events = new ArrayList<>();
        poll(topic, Duration.ofSeconds(30), records -> {
            records.forEach(r -> events.add(KafkaCloudEvents.fromRecord(r)));
            return false;
        }, true);
        return events;
    }

    private static List<DomainEvent> about(String subject, List<DomainEvent> events) {
        return events.stream().filter(e -> e.subject().equals(subject)).toList();
    }

    /**
     * @param done         told each batch of records; true ends the reading
     * @param toCurrentEnd also end once every partition is read up to the end it had when reading began
     */
    private static void poll(String topic, Duration timeout,
                             Predicate<List<ConsumerRecord<String, byte[]>>> done, boolean toCurrentEnd) {
        Properties config = consumerConfig();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = partitions(consumer, topic, deadline);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            if (done.test(List.of())) {
                return;
            }
            while (System.nanoTime() < deadline) {
                List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();
                consumer.poll(Duration.ofMillis(200)).forEach(batch::add);
                batch.forEach(EventContract::check);
                if (done.test(batch)) {
                    return;
                }
                if (toCurrentEnd && partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p))) {
                    return;
                }
            }
        }
    }

    /** The service's own {@code kafka.*} settings (bootstrap servers, SASL, TLS), so the test reads where the service writes. */
    private static Properties consumerConfig() {
        Properties config = new Properties();
        Config settings = ConfigProvider.getConfig();
        for (String name : settings.getPropertyNames()) {
            if (name.startsWith("kafka.")) {
                settings.getOptionalValue(name, String.class).ifPresent(value -> config.put(name.substring("kafka.".length()), value));
            }
        }
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return config;
    }

    private static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic, long deadline) {
        while (true) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
            }
            if (System.nanoTime() > deadline) {
                return List.of();
            }
        }
    }
}

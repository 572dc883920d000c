package org.entente.platform.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.entente.platform.cloudevents.DomainEvent;
import org.entente.platform.cloudevents.KafkaCloudEvents;

/**
 * Reads what really reached a Kafka topic, as a subscriber would: a real consumer in a group of its
 * own, from the beginning of the topic, each record read back as a CloudEvent.
 */
public final class KafkaEvents {

    private KafkaEvents() {
    }

    /** The events on {@code topic} whose subject (aggregate id) is {@code subject}, once {@code until} holds. */
    public static List<DomainEvent> about(String topic, String subject, Predicate<List<DomainEvent>> until,
                                          Duration timeout) {
        return read(topic, events -> until.test(events.stream().filter(e -> e.subject().equals(subject)).toList()),
                timeout).stream().filter(e -> e.subject().equals(subject)).toList();
    }

    /** Every event on {@code topic}, read until {@code until} holds or {@code timeout} passes. */
    public static List<DomainEvent> read(String topic, Predicate<List<DomainEvent>> until, Duration timeout) {
        List<DomainEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records(topic, records -> until.test(
                records.stream().map(KafkaCloudEvents::fromRecord).toList()), timeout)) {
            events.add(KafkaCloudEvents.fromRecord(record));
        }
        return events;
    }

    /** The raw records of {@code topic}, with their headers. */
    public static List<ConsumerRecord<String, byte[]>> records(String topic,
                                                             Predicate<List<ConsumerRecord<String, byte[]>>> until,
                                                             Duration timeout) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (!until.test(records) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /** The events on {@code topic} about {@code subject} that arrive within {@code quiet}: for "nothing was published". */
    public static List<DomainEvent> within(String topic, String subject, Duration quiet) {
        return about(topic, subject, events -> false, quiet);
    }
}

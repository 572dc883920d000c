package org.entente.platform.cloudevents;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Domain events to and from Kafka records in CloudEvents binary mode: the attributes travel as
 * {@code ce_*} headers, the JSON payload as the value with {@code content-type: application/json},
 * the aggregate id as the key (so each aggregate's events stay in order on one partition).
 */
public final class KafkaCloudEvents {

    public static final String JSON = "application/json";

    private KafkaCloudEvents() {
    }

    public static ProducerRecord<String, byte[]> toRecord(String topic, DomainEvent event) {
        CloudEvent cloudEvent = CloudEventBuilder.v1()
                .withId(event.id().toString())
                .withSource(URI.create(event.source()))
                .withType(event.type())
                .withSubject(event.subject())
                .withTime(event.time().atOffset(ZoneOffset.UTC))
                .withDataContentType(JSON)
                .withData(event.data())
                .build();
        return KafkaMessageFactory.createWriter(topic, event.subject()).writeBinary(cloudEvent);
    }

    /** Reads a record written by {@link #toRecord}; fails on a record that is not a CloudEvent. */
    public static DomainEvent fromRecord(ConsumerRecord<String, byte[]> record) {
        MessageReader reader = KafkaMessageFactory.createReader(record);
        CloudEvent cloudEvent = reader.toEvent();
        return new DomainEvent(
                UUID.fromString(cloudEvent.getId()),
                cloudEvent.getSource().toString(),
                cloudEvent.getType(),
                cloudEvent.getSubject(),
                cloudEvent.getTime().toInstant(),
                cloudEvent.getData() == null ? new byte[0] : cloudEvent.getData().toBytes());
    }
}

package org.entente.platform.cloudevents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class KafkaCloudEventsTest {

    private final DomainEvent event = new DomainEvent(UUID.randomUUID(), "/alliance-service",
            DomainEvent.qualifiedType("alliance.member-admitted.v1"), "5f0c6a52-3b1e-4a57-9a43-2f0f7f6b8d11",
            Instant.parse("2024-03-07T10:15:30.123Z"), "{\"code\":\"NATO\"}".getBytes(StandardCharsets.UTF_8));

    @Test
    void aRecordCarriesTheCloudEventsBinaryModeHeadersAndTheAggregateAsKey() {
        ProducerRecord<String, byte[]> record = KafkaCloudEvents.toRecord("alliances.events", event);

        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        assertEquals("alliances.events", record.topic());
        assertEquals(event.subject(), record.key());
        assertEquals("1.0", headers.get("ce_specversion"));
        assertEquals(event.id().toString(), headers.get("ce_id"));
        assertEquals("/alliance-service", headers.get("ce_source"));
        assertEquals("org.entente.alliance.member-admitted.v1", headers.get("ce_type"));
        assertEquals(event.subject(), headers.get("ce_subject"));
        assertEquals("2024-03-07T10:15:30.123Z", headers.get("ce_time"));
        assertEquals("application/json", headers.get("content-type"));
        assertArrayEquals(event.data(), record.value());
    }

    @Test
    void aRecordReadsBackAsTheSameEvent() {
        ProducerRecord<String, byte[]> sent = KafkaCloudEvents.toRecord("alliances.events", event);
        ConsumerRecord<String, byte[]> received = new ConsumerRecord<>(sent.topic(), 0, 0L, 0L, TimestampType.CREATE_TIME,
                0, 0, sent.key(), sent.value(), sent.headers(), java.util.Optional.empty());

        DomainEvent read = KafkaCloudEvents.fromRecord(received);

        assertEquals(event.id(), read.id());
        assertEquals(event.type(), read.type());
        assertEquals(event.time(), read.time());
        assertEquals(event.dataAsString(), read.dataAsString());
    }

    @Test
    void aShortTypeGetsTheReverseDomainPrefixOnce() {
        assertEquals("org.entente.alliance.created.v1", DomainEvent.qualifiedType("alliance.created.v1"));
        assertEquals("org.entente.alliance.created.v1", DomainEvent.qualifiedType("org.entente.alliance.created.v1"));
    }
}

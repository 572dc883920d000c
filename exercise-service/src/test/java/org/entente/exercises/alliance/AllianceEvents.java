package org.entente.exercises.alliance;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.entente.platform.cloudevents.DomainEvent;
import org.entente.platform.cloudevents.KafkaCloudEvents;

/**
 * Publishes events on {@code alliances.events} the way alliance-service does (CloudEvents, binary
 * mode, its payload shape), for tests of the read model. Fixed ids make a repeat a duplicate.
 */
public final class AllianceEvents {

    private static final String TOPIC = "alliances.events";
    public static final String NATO_ID = "6e0b7c8a-1f3e-4c55-9a0e-5a1d2b3c4d5e";
    private static final Map<String, String> MEMBERS = new LinkedHashMap<>();

    static {
        MEMBERS.put("USA", "1949-08-24");
        MEMBERS.put("DEU", "1955-05-06");
        MEMBERS.put("FIN", "2023-04-04");
    }

    private AllianceEvents() {
    }

    /** NATO with the United States (1949), Germany (1955) and Finland (2023) as members: the same events every time. */
    public static void nato() {
        String alliance = "{\"id\": \"" + NATO_ID + "\", \"code\": \"NATO\", \"name\": \"North Atlantic Treaty Organization\", \"status\": \"ACTIVE\"}";
        publish(UUID.fromString("00000000-0000-4000-8000-000000000001"), "alliance.created.v1", NATO_ID,
                "{\"alliance\": " + alliance + ", \"changed\": [\"code\"]}");
        int n = 2;
        for (Map.Entry<String, String> member : MEMBERS.entrySet()) {
            publish(UUID.fromString("00000000-0000-4000-8000-00000000000" + n), "alliance.member-admitted.v1", NATO_ID,
                    "{\"alliance\": " + alliance + ", \"membership\": {\"id\": \"" + UUID.nameUUIDFromBytes(member.getKey().getBytes())
                            + "\", \"country\": \"" + member.getKey() + "\", \"role\": \"MEMBER\", \"joined\": \"" + member.getValue()
                            + "\", \"left\": null}, \"changed\": [\"members\"]}");
            n++;
        }
    }

    /** Publishes NATO's events and waits until the read model has applied them. */
    public static void natoKnownTo(AllianceReadModel model) {
        nato();
        Awaitility.await("the alliance read model learns NATO's members from alliances.events")
                .atMost(java.time.Duration.ofSeconds(30)).pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> model.exists("NATO")
                        && model.nonMembers("NATO", java.time.LocalDate.of(2024, 1, 1), java.util.List.of("USA", "DEU", "FIN")).isEmpty());
    }

    public static void publish(UUID id, String type, String subject, String json) {
        publish(id, type, subject, json, null);
    }

    /** As alliance-service's relay publishes an event written in the trace {@code traceParent} names. */
    public static void publish(UUID id, String type, String subject, String json, String traceParent) {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (var producer = new KafkaProducer<String, byte[]>(Map.of("bootstrap.servers", bootstrap, "acks", "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            DomainEvent event = new DomainEvent(id, "/alliance-service", DomainEvent.qualifiedType(type), subject, Instant.now(),
                    json.getBytes(StandardCharsets.UTF_8));
            var record = KafkaCloudEvents.toRecord(TOPIC, event);
            if (traceParent != null) {
                record.headers().add("traceparent", traceParent.getBytes(StandardCharsets.UTF_8));
            }
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot publish " + type, e);
        }
    }
}

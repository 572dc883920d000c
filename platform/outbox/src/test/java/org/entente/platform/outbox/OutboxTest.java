package org.entente.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.awaitility.Awaitility;
import org.entente.platform.cloudevents.DomainEvent;
import org.entente.platform.testing.KafkaEvents;
import org.entente.platform.testing.PostgresAndKafka;
import org.junit.jupiter.api.Test;

/**
 * The outbox against real PostgreSQL and Kafka. The relay's fallback poll is set to 30 s in these
 * tests, so an event that arrives within seconds was sent because its commit woke the relay.
 */
@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class OutboxTest {

    private static final String TOPIC = "pacts.events";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    PactService pacts;

    @Inject
    OutboxCleanup cleanup;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager entityManager;

    @Test
    void aCommittedChangeArrivesOnKafkaAsACloudEventKeyedByTheAggregate() {
        UUID id = pacts.create("AUKUS");

        List<ConsumerRecord<String, byte[]>> records = KafkaEvents.records(TOPIC,
                rs -> rs.stream().anyMatch(r -> id.toString().equals(r.key())), WAIT);
        ConsumerRecord<String, byte[]> record = records.stream().filter(r -> id.toString().equals(r.key()))
                .findFirst().orElseThrow(() -> new AssertionError("no event for " + id));

        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        assertEquals("1.0", headers.get("ce_specversion"));
        assertEquals("org.entente.pact.created.v1", headers.get("ce_type"));
        assertEquals("/pact-service", headers.get("ce_source"));
        assertEquals(id.toString(), headers.get("ce_subject"));
        assertNotNull(UUID.fromString(headers.get("ce_id")));
        assertNotNull(Instant.parse(headers.get("ce_time")));
        assertEquals("application/json", headers.get("content-type"));
        String payload = new String(record.value(), StandardCharsets.UTF_8);
        assertTrue(payload.contains("\"name\":\"AUKUS\""), payload);
    }

    @Test
    void aRolledBackChangePublishesNothing() {
        UUID id = UUID.randomUUID();
        assertThrows(IllegalStateException.class, () -> pacts.createThenFail(id, "Never"));

        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("aggregateId", id.toString())));
        assertEquals(List.of(), KafkaEvents.settled(relay, TOPIC, id.toString()));
    }

    @Test
    void oneAggregatesEventsArriveInTheOrderOfTheirChanges() {
        UUID id = pacts.create("v0");
        for (int i = 1; i <= 30; i++) {
            pacts.rename(id, "v" + i);
        }

        List<DomainEvent> events = KafkaEvents.about(TOPIC, id.toString(), e -> e.size() >= 31, WAIT);

        assertEquals(31, events.size());
        for (int i = 0; i <= 30; i++) {
            assertTrue(events.get(i).dataAsString().contains("\"name\":\"v" + i + "\""), events.get(i).dataAsString());
        }
    }

    @Test
    void sentEventsAreMarkedAndDeletedAfterTheRetention() {
        UUID id = pacts.create("Sent");
        KafkaEvents.about(TOPIC, id.toString(), events -> !events.isEmpty(), WAIT);
        awaitSent(id);

        long deleted = cleanup.deleteSentBefore(Instant.now().plusSeconds(1));

        assertTrue(deleted >= 1, "deleted " + deleted);
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("aggregateId", id.toString())));
    }

    @Test
    void whileAnotherInstanceRelaysThisOneWaitsAndNothingIsSentTwiceOrCleanedUpUnsent() throws Exception {
        CountDownLatch lockHeld = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // another instance in the middle of a batch: it holds the relay's advisory lock
        CompletableFuture<Void> otherInstance = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, 0x656e74656e7465L)
                    .getSingleResult();
            lockHeld.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertTrue(lockHeld.await(10, TimeUnit.SECONDS));

        UUID id = pacts.create("Held");
        assertEquals(List.of(), KafkaEvents.settled(relay, TOPIC, id.toString()),
                "nothing is published while another instance holds the relay lock");
        assertEquals(1L, unsent(id), "the event waits in the outbox");
        cleanup.deleteSentBefore(Instant.now().plusSeconds(60));
        assertEquals(1L, unsent(id), "cleanup never deletes an unsent event");

        release.countDown();
        otherInstance.get(10, TimeUnit.SECONDS);
        pacts.create("Wake-up"); // a commit wakes the relay, which now gets the lock
        KafkaEvents.about(TOPIC, id.toString(), e -> !e.isEmpty(), WAIT);
        awaitSent(id);
        assertEquals(1, KafkaEvents.settled(relay, TOPIC, id.toString()).size(), "exactly once");
    }

    private static long unsent(UUID id) {
        return QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("aggregateId = ?1 AND sentAt IS NULL", id.toString()));
    }

    private static void awaitSent(UUID id) {
        Awaitility.await("the event for " + id + " is marked sent").atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .until(() -> QuarkusTransaction.requiringNew().call(() ->
                        OutboxEvent.count("aggregateId = ?1 AND sentAt IS NULL", id.toString())) == 0);
    }
}

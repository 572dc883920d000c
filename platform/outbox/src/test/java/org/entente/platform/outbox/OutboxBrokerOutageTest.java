package org.entente.platform.outbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.entente.platform.changes.StoredChange;
import org.entente.platform.cloudevents.DomainEvent;
import org.entente.platform.testing.KafkaEvents;
import org.entente.platform.testing.KafkaOutage;
import org.entente.platform.testing.Readiness;
import org.junit.jupiter.api.Test;

/**
 * While Kafka is down, changes are still accepted, readiness stays up (reporting Kafka degraded, at
 * once) and the change feed goes on; once it is back, every event arrives once, in order.
 */
@QuarkusTest
@WithTestResource(KafkaOutage.class)
class OutboxBrokerOutageTest {

    private static final String TOPIC = "pacts.events";

    @Inject
    PactService pacts;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxChanges changes;

    @Test
    void eventsWrittenDuringAnOutageArriveOnceAndInOrderWhenKafkaIsBack() {
        UUID before = pacts.create("before the outage");
        KafkaEvents.about(TOPIC, before.toString(), events -> !events.isEmpty(), Duration.ofSeconds(30));

        long feedHead = changes.head();
        KafkaOutage.stopBroker();
        List<UUID> aggregates = new ArrayList<>();
        for (int a = 0; a < 3; a++) {
            UUID id = pacts.create("outage-" + a + "-v0");
            aggregates.add(id);
            for (int v = 1; v <= 4; v++) {
                pacts.rename(id, "outage-" + a + "-v" + v);
            }
        }
        Readiness.awaitKafka("DEGRADED"); // the relay tried and failed; the service stays ready, and says why
        assertEquals(15L, QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("sentAt IS NULL")),
                "all 15 changes were accepted and wait in the outbox");
        // the change feed does not wait for Kafka: the relay gives the events their feed positions, in order
        List<String> feed = await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() -> changes.after(feedHead, 100))
                .stream().map(StoredChange::payload).toList(), f -> f.size() == 15);
        for (UUID aggregate : aggregates) {
            List<String> ofOne = QuarkusTransaction.requiringNew().call(() -> changes.after(feedHead, 100)).stream()
                    .filter(c -> c.recordId().equals(aggregate.toString())).map(StoredChange::payload).toList();
            for (int v = 0; v <= 4; v++) {
                assertEquals(true, ofOne.get(v).contains("-v" + v + "\""), "in order in the feed: " + ofOne);
            }
        }
        assertEquals(15, feed.size());

        KafkaOutage.startBroker();
        pacts.create("after the outage"); // a commit wakes the relay at once

        // everything the relay publishes once it got through, a duplicate included
        List<DomainEvent> all = KafkaEvents.settled(relay, TOPIC);
        Readiness.awaitKafka("UP");

        Set<UUID> ids = new HashSet<>();
        for (UUID aggregate : aggregates) {
            List<DomainEvent> events = all.stream().filter(e -> e.subject().equals(aggregate.toString())).toList();
            assertEquals(5, events.size(), "each of the 5 events of " + aggregate + " exactly once");
            for (int v = 0; v <= 4; v++) {
                String data = events.get(v).dataAsString();
                assertEquals(true, data.contains("-v" + v + "\""), "in order: " + data);
                ids.add(events.get(v).id());
            }
        }
        assertEquals(15, ids.size(), "15 distinct ce_ids");
    }
}

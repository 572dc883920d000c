package org.entente.platform.outbox;

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
import org.entente.platform.cloudevents.DomainEvent;
import org.entente.platform.testing.KafkaEvents;
import org.entente.platform.testing.KafkaOutage;
import org.entente.platform.testing.Readiness;
import org.junit.jupiter.api.Test;

/**
 * While Kafka is down, changes are still accepted and readiness stays up (reporting Kafka degraded,
 * at once); once it is back, every event arrives once, in order.
 */
@QuarkusTest
@WithTestResource(KafkaOutage.class)
class OutboxBrokerOutageTest {

    private static final String TOPIC = "pacts.events";

    @Inject
    PactService pacts;

    @Inject
    OutboxRelay relay;

    @Test
    void eventsWrittenDuringAnOutageArriveOnceAndInOrderWhenKafkaIsBack() {
        UUID before = pacts.create("before the outage");
        KafkaEvents.about(TOPIC, before.toString(), events -> !events.isEmpty(), Duration.ofSeconds(30));

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

package org.entente.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.entente.platform.testing.KafkaEvents;
import org.entente.platform.testing.KafkaOutage;
import org.entente.platform.testing.Readiness;
import org.entente.platform.testing.Scrape;
import org.junit.jupiter.api.Test;

/**
 * The outbox's metrics: what is published is counted; while Kafka is down the backlog gauges rise by the
 * events written and the failed passes are counted; once it is back the backlog returns to zero.
 */
@QuarkusTest
@WithTestResource(KafkaOutage.class)
class OutboxMetricsTest {

    private static final String TOPIC = "pacts.events";

    @Inject
    PactService pacts;

    @Inject
    OutboxRelay relay;

    @Test
    void theBacklogRisesByTheEventsWrittenWhileKafkaIsDownAndReturnsToZeroAfter() {
        pacts.create("metrics: before");
        KafkaEvents.settled(relay, TOPIC);
        double published = Scrape.ofApp().value("entente_outbox_published_events_total", "topic", TOPIC);
        double failures = Scrape.ofApp().value("entente_outbox_relay_failures_total", "topic", TOPIC);
        awaitWaiting(0);

        KafkaOutage.stopBroker();
        try {
            for (int i = 0; i < 3; i++) {
                pacts.create("metrics: during the outage " + i);
            }
            awaitWaiting(3);
            Readiness.awaitKafka("DEGRADED");
            Scrape during = Scrape.ofApp();
            assertTrue(during.value("entente_outbox_relay_failures_total", "topic", TOPIC) > failures, "failed passes counted");
            assertTrue(during.value("entente_outbox_oldest_waiting_age_seconds", "topic", TOPIC) > 0, "the oldest waits");
        } finally {
            KafkaOutage.startBroker();
        }
        pacts.create("metrics: after");
        awaitWaiting(0);
        Scrape after = Scrape.ofApp();
        assertEquals(0, after.value("entente_outbox_oldest_waiting_age_seconds", "topic", TOPIC));
        assertEquals(published + 4, after.value("entente_outbox_published_events_total", "topic", TOPIC),
                "the 3 written during the outage and the one after, each counted once it was acknowledged");
    }

    private static void awaitWaiting(int events) {
        Awaitility.await(events + " events waiting").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> Scrape.ofApp().value("entente_outbox_waiting_events", "topic", TOPIC) == events);
    }
}

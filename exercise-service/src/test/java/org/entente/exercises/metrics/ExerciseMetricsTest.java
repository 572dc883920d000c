package org.entente.exercises.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.entente.exercises.alliance.AllianceEvents;
import org.entente.exercises.alliance.AllianceReadModel;
import org.entente.exercises.exercise.Exercises;
import org.entente.exercises.outbox.ExerciseRelay;
import org.entente.exercises.stream.SseClient;
import org.entente.platform.testing.KafkaEvents;
import org.entente.platform.testing.MongoAndKafka;
import org.entente.platform.testing.Scrape;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** exercise-service's metrics move with known traffic: its outbox, its two consumers, the live stream's clients. */
@QuarkusTest
@WithTestResource(MongoAndKafka.class)
class ExerciseMetricsTest {

    @Inject
    ExerciseRelay relay;

    @Inject
    AllianceReadModel model;

    @Test
    void twoExercisesPlannedArePublishedAndCountedAndNothingIsLeftWaiting() {
        KafkaEvents.settled(relay, Exercises.TOPIC);
        double before = Scrape.ofApp().value("entente_outbox_published_events_total", "topic", Exercises.TOPIC);
        String first = Exercises.plan("Counted " + Exercises.marker()).path("id");
        String second = Exercises.plan("Counted " + Exercises.marker()).path("id");
        KafkaEvents.about(Exercises.TOPIC, first, e -> !e.isEmpty(), Duration.ofSeconds(30));
        KafkaEvents.about(Exercises.TOPIC, second, e -> !e.isEmpty(), Duration.ofSeconds(30));
        KafkaEvents.settled(relay, Exercises.TOPIC);
        Awaitility.await("the backlog read again").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> Scrape.ofApp().value("entente_outbox_waiting_events", "topic", Exercises.TOPIC) == 0);
        Scrape after = Scrape.ofApp();
        assertEquals(before + 2, after.value("entente_outbox_published_events_total", "topic", Exercises.TOPIC));
        assertEquals(0, after.value("entente_outbox_oldest_waiting_age_seconds", "topic", Exercises.TOPIC));
    }

    @Test
    void theLiveStreamCountsItsClientsWhileTheyAreConnected() throws Exception {
        double before = Scrape.ofApp().value("entente_stream_subscribers");
        URI stream = URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/api/v1/exercises/events");
        try (SseClient one = new SseClient(stream, TestTokens.reader(), null);
             SseClient two = new SseClient(stream, TestTokens.reader(), null)) {
            assertEquals(200, one.status());
            assertEquals(200, two.status());
            Awaitility.await("two more subscribers").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                    .until(() -> Scrape.ofApp().value("entente_stream_subscribers") == before + 2);
        }
        Awaitility.await("the two gone").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> Scrape.ofApp().value("entente_stream_subscribers") == before);
    }

    @Test
    void bothConsumersReportTheirLagPerPartitionAndNoneOnceTheyHaveReadEverything() {
        AllianceEvents.natoKnownTo(model);
        String id = Exercises.plan("Lagging " + Exercises.marker()).path("id");
        KafkaEvents.about(Exercises.TOPIC, id, e -> !e.isEmpty(), Duration.ofSeconds(30));
        for (String[] consumer : new String[][] {{"alliance-read-model", "alliances.events"}, {"exercise-stream", Exercises.TOPIC}}) {
            Scrape scrape = Awaitility.await(consumer[0] + "'s lag").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(Scrape::ofApp, s -> s.samples().stream().anyMatch(x -> x.name().equals("entente_consumer_lag_records")
                            && consumer[0].equals(x.labels().get("consumer"))) && s.value("entente_consumer_lag_records", "consumer", consumer[0]) == 0);
            assertTrue(scrape.samples().stream().filter(x -> x.name().equals("entente_consumer_lag_records")
                            && consumer[0].equals(x.labels().get("consumer")))
                    .allMatch(x -> consumer[1].equals(x.labels().get("topic")) && x.labels().get("partition").matches("\\d+")),
                    "by topic and partition");
        }
    }
}

package org.entente.exercises.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.entente.exercises.exercise.ExerciseStore;
import org.entente.exercises.exercise.Exercises;
import org.entente.platform.cloudevents.DomainEvent;
import org.entente.platform.testing.KafkaEvents;
import org.entente.platform.testing.MongoAndKafka;
import org.junit.jupiter.api.Test;

/**
 * The relay reads the exercises a write named by id, and finds by its periodic scan the events that no
 * write named here: those another instance wrote, or a stopped process left.
 */
@QuarkusTest
@WithTestResource(MongoAndKafka.class)
class ExerciseRelayTest {

    @Inject
    ExerciseStore store;

    @Inject
    ExerciseRelay relay;

    @Test
    void anEventThatNoWriteHereNamedIsFoundByTheScanAndPublishedOnce() {
        String id = Exercises.plan("Unnamed " + Exercises.marker()).path("id");
        DomainEvent planned = KafkaEvents.about(Exercises.TOPIC, id, events -> events.size() == 1, Duration.ofSeconds(30)).get(0);

        // as another instance writes it: into the document, without waking this relay
        PendingEvent left = PendingEvent.of("exercise.updated.v1", Instant.now(), planned.dataAsString());
        store.documents().updateOne(Filters.eq("_id", id), Updates.push("pendingEvents", left.toDocument()));

        List<DomainEvent> events = KafkaEvents.about(Exercises.TOPIC, id, found -> found.size() >= 2, Duration.ofSeconds(30));
        assertEquals(left.id(), events.get(1).id(), "the event left in the document is published");
        List<DomainEvent> settled = KafkaEvents.settled(relay, Exercises.TOPIC, id);
        assertEquals(2, settled.size(), "once: " + settled);
        assertEquals(0, store.documents().countDocuments(Filters.and(Filters.eq("_id", id), Filters.exists("pendingEvents.0"))),
                "and it leaves the document");
    }

    @Test
    void aBurstOfWritesIsPublishedWhole() {
        String marker = Exercises.marker();
        List<String> ids = java.util.stream.IntStream.range(0, 30)
                .mapToObj(i -> Exercises.plan("Burst " + i + " " + marker).<String>path("id")).toList();

        KafkaEvents.read(Exercises.TOPIC,
                events -> events.stream().filter(e -> ids.contains(e.subject())).count() >= ids.size(), Duration.ofSeconds(60));
        List<DomainEvent> all = KafkaEvents.settled(relay, Exercises.TOPIC);
        assertEquals(ids.size(), all.stream().filter(e -> ids.contains(e.subject())).map(DomainEvent::subject).distinct().count(),
                "an event of each of the 30 exercises");
        assertEquals(ids.size(), all.stream().filter(e -> ids.contains(e.subject())).count(), "and only one each");
        assertEquals(0, store.documents().countDocuments(Filters.and(Filters.in("_id", ids), Filters.exists("pendingEvents.0"))),
                "none left waiting");
    }
}

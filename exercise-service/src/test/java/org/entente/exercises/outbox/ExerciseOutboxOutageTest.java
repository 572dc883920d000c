package org.entente.exercises.outbox;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.model.Filters;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.entente.exercises.exercise.ExerciseStore;
import org.entente.exercises.exercise.Exercises;
import org.entente.platform.cloudevents.DomainEvent;
import org.entente.platform.testing.KafkaEvents;
import org.entente.platform.testing.KafkaOutage;
import org.entente.platform.testing.Readiness;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The outbox in the documents: while Kafka is down, writes are accepted and their events wait in
 * the exercises; once it is back, every event arrives once, in order, and leaves the document.
 */
@QuarkusTest
@WithTestResource(value = KafkaOutage.class, initArgs = @ResourceArg(name = "store", value = "mongodb"))
class ExerciseOutboxOutageTest {

    @Inject
    ExerciseStore store;

    @Inject
    ExerciseRelay relay;

    @Test
    void eventsWrittenDuringAnOutageArriveOnceAndInOrderWhenKafkaIsBack() {
        String before = Exercises.plan("Before " + Exercises.marker()).path("id");
        KafkaEvents.about(Exercises.TOPIC, before, events -> !events.isEmpty(), Duration.ofSeconds(30));

        KafkaOutage.stopBroker();
        List<String> ids = new ArrayList<>();
        for (int a = 0; a < 3; a++) {
            var created = Exercises.plan("Outage " + a + " " + Exercises.marker());
            String id = created.path("id");
            ids.add(id);
            String etag = created.header("ETag");
            for (int v = 1; v <= 4; v++) {
                etag = given().auth().oauth2(TestTokens.editor()).contentType("application/merge-patch+json").header("If-Match", etag)
                        .body("{\"objectives\": [\"v" + v + "\"]}").patch(Exercises.PATH + "/" + id)
                        .then().statusCode(200).extract().header("ETag");
            }
        }
        Readiness.awaitKafka("DEGRADED"); // the relay tried and failed; the service stays ready, and says why
        given().get("/q/health/live").then().statusCode(200); // and alive: nothing to restart over a broker outage
        long waiting = store.documents().find(Filters.in("_id", ids)).into(new ArrayList<>()).stream()
                .mapToLong(d -> d.getList("pendingEvents", Document.class).size()).sum();
        assertEquals(15, waiting, "all 15 changes were accepted and their events wait in the documents");

        KafkaOutage.startBroker();
        Exercises.plan("After " + Exercises.marker()); // a write wakes the relay at once

        KafkaEvents.read(Exercises.TOPIC, events -> events.stream().filter(e -> ids.contains(e.subject())).count() >= 15,
                Duration.ofSeconds(60));
        // read again once the relay has settled: a duplicate published meanwhile would be seen too
        List<DomainEvent> all = KafkaEvents.settled(relay, Exercises.TOPIC);
        Readiness.awaitKafka("UP");
        Set<UUID> eventIds = new HashSet<>();
        for (String id : ids) {
            List<DomainEvent> events = all.stream().filter(e -> e.subject().equals(id)).toList();
            assertEquals(5, events.size(), "each of the 5 events of " + id + " exactly once");
            assertEquals("org.entente.exercise.planned.v1", events.get(0).type());
            for (int v = 1; v <= 4; v++) {
                assertTrue(events.get(v).dataAsString().contains("\"objectives\":[\"v" + v + "\"]"), "in order: " + events.get(v).dataAsString());
            }
            events.forEach(e -> eventIds.add(e.id()));
        }
        assertEquals(15, eventIds.size(), "15 distinct ce_ids");
        assertEquals(0, store.documents().countDocuments(Filters.and(Filters.in("_id", ids), Filters.exists("pendingEvents.0"))),
                "published events leave the documents");
    }

    @Test
    void aDeletedExerciseLeavesTheStoreOnceItsLastEventIsPublished() {
        var created = Exercises.plan("Removed " + Exercises.marker());
        String id = created.path("id");
        given().auth().oauth2(TestTokens.admin()).header("If-Match", created.header("ETag")).delete(Exercises.PATH + "/" + id)
                .then().statusCode(204);
        KafkaEvents.about(Exercises.TOPIC, id, events -> events.size() >= 2, Duration.ofSeconds(30));
        Awaitility.await("the relay removes the deleted exercise").atMost(Duration.ofSeconds(10))
                .until(() -> store.documents().countDocuments(Filters.eq("_id", id)) == 0);
    }
}

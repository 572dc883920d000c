package org.entente.exercises.stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.entente.exercises.exercise.Exercises;
import org.entente.platform.cloudevents.DomainEvent;
import org.entente.platform.testing.KafkaEvents;
import org.entente.platform.testing.MongoAndKafka;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The live stream read by a real HTTP client, with the events flowing through a real Kafka broker. */
@QuarkusTest
@WithTestResource(MongoAndKafka.class)
class ExerciseStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String UNKNOWN_ID = "00000000-0000-0000-0000-000000000000";

    @TestHTTPResource("/api/v1/exercises/events")
    URI stream;

    private SseClient subscribe(String query, String lastEventId) {
        return new SseClient(URI.create(stream + (query.isEmpty() ? "" : "?" + query)), TestTokens.reader(), lastEventId);
    }

    private static String patch(String id, String etag, String body) {
        return given().auth().oauth2(TestTokens.editor()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(body).patch(Exercises.PATH + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** The stream's log has read this exercise's newest event (so a subscription from now on sees only later ones). */
    private static void awaitStreamed(String id, int events) throws InterruptedException {
        List<DomainEvent> published = KafkaEvents.about(Exercises.TOPIC, id, e -> e.size() >= events, WAIT);
        // an unknown Last-Event-ID gets the whole replay window: the newest event is there once the log has read it
        try (SseClient probe = new SseClient(URI.create(stream(id)), TestTokens.reader(), UNKNOWN_ID)) {
            probe.readUntil(f -> published.get(events - 1).id().toString().equals(f.id()), WAIT);
        }
    }

    private static String stream(String id) {
        return io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/api/v1/exercises/events?exercise=" + id;
    }

    @Test
    void aChangeMadeAfterSubscribingArrivesAsACloudEvent() throws Exception {
        var created = Exercises.plan("Live " + Exercises.marker());
        String id = created.path("id");
        awaitStreamed(id, 1);
        try (SseClient client = subscribe("exercise=" + id, null)) {
            assertEquals(200, client.status());
            patch(id, created.header("ETag"), "{\"series\": \"LIVE\"}");
            List<SseClient.Frame> frames = client.readUntil(f -> "org.entente.exercise.updated.v1".equals(f.event()), WAIT);
            SseClient.Frame updated = frames.get(frames.size() - 1);
            DomainEvent published = KafkaEvents.about(Exercises.TOPIC, id, e -> e.size() >= 2, WAIT).get(1);
            assertEquals(published.id().toString(), updated.id());
            assertTrue(updated.data().contains("\"specversion\":\"1.0\"") && updated.data().contains("\"subject\":\"" + id + "\"")
                    && updated.data().contains("\"series\":\"LIVE\""), updated.data());
            assertEquals(1, frames.size(), "nothing from before the subscription: " + frames);
        }
    }

    @Test
    void reconnectingWithLastEventIdReplaysWhatWasMissedInOrder() throws Exception {
        var created = Exercises.plan("Resumed " + Exercises.marker());
        String id = created.path("id");
        String etag = created.header("ETag");
        for (int v = 1; v <= 3; v++) {
            etag = patch(id, etag, "{\"objectives\": [\"v" + v + "\"]}");
        }
        List<DomainEvent> published = KafkaEvents.about(Exercises.TOPIC, id, e -> e.size() >= 4, WAIT);
        awaitStreamed(id, 4);
        try (SseClient client = subscribe("exercise=" + id, published.get(0).id().toString())) {
            List<SseClient.Frame> frames = client.readUntil(f -> published.get(3).id().toString().equals(f.id()), WAIT);
            assertEquals(published.subList(1, 4).stream().map(e -> e.id().toString()).toList(),
                    frames.stream().map(SseClient.Frame::id).toList());
        }
    }

    @Test
    void anIdOlderThanTheWindowGetsAResyncNoticeFirst() throws Exception {
        String id = Exercises.plan("Resync " + Exercises.marker()).path("id");
        awaitStreamed(id, 1);
        try (SseClient client = subscribe("exercise=" + id, UNKNOWN_ID)) {
            List<SseClient.Frame> frames = client.readUntil(f -> "org.entente.exercise.planned.v1".equals(f.event()), WAIT);
            assertEquals("resync", frames.get(0).event());
        }
    }

    @Test
    void countryAndTypeFiltersLeaveOtherEventsOut() throws Exception {
        var withNzl = Exercises.create(Exercises.body("Kiwi " + Exercises.marker(), "2031-01-01", "2031-01-05")
                .replace("{\"country\": \"JPN\", \"role\": \"PARTICIPANT\"}", "{\"country\": \"NZL\", \"role\": \"PARTICIPANT\"}"));
        var without = Exercises.plan("Other " + Exercises.marker());
        awaitStreamed(without.path("id"), 1);
        awaitStreamed(withNzl.path("id"), 1);
        try (SseClient byCountry = subscribe("country=NZL", null); SseClient byType = subscribe("type=announced", null)) {
            patch(without.path("id"), without.header("ETag"), "{\"series\": \"SKIPPED\"}");
            String etag = patch(withNzl.path("id"), withNzl.header("ETag"), "{\"series\": \"SEEN\"}");
            Exercises.operate(withNzl.path("id"), "announce", etag, null).then().statusCode(200);

            List<SseClient.Frame> nzl = byCountry.readUntil(f -> "org.entente.exercise.announced.v1".equals(f.event()), WAIT);
            assertTrue(nzl.stream().noneMatch(f -> f.data().contains("SKIPPED")), nzl.toString());
            assertTrue(nzl.stream().anyMatch(f -> f.data().contains("SEEN")), nzl.toString());
            List<SseClient.Frame> announced = byType.readUntil(f -> "org.entente.exercise.announced.v1".equals(f.event()), WAIT);
            assertEquals(1, announced.size(), announced.toString());
        }
    }

    @Test
    void aSnapshotSendsTheExercisesInProgressFirstAndHeartbeatsKeepTheStreamAlive() throws Exception {
        var created = Exercises.plan("Running " + Exercises.marker());
        String id = created.path("id");
        Exercises.operate(id, "start", created.header("ETag"), null).then().statusCode(200);
        try (SseClient client = subscribe("snapshot=true&exercise=" + id, null)) {
            List<SseClient.Frame> frames = client.readUntil(f -> "exercise.snapshot".equals(f.event()), WAIT);
            assertTrue(frames.get(0).data().contains("\"id\":\"" + id + "\"") && frames.get(0).data().contains("IN_PROGRESS"),
                    frames.get(0).data());
            assertEquals(null, frames.get(0).id(), "a snapshot is not an event to resume from");
            client.readUntil(f -> "heartbeat".equals(f.comment()), Duration.ofSeconds(10));
        }
    }

    @Test
    void theStreamNeedsAReaderTokenAndKnownFilters() throws Exception {
        given().accept("text/event-stream").get("/api/v1/exercises/events").then().statusCode(401);
        given().auth().oauth2(TestTokens.reader()).accept("text/event-stream").get("/api/v1/exercises/events?type=exploded")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.reader()).accept("text/event-stream").get("/api/v1/exercises/events?country=XXX")
                .then().statusCode(400).contentType("application/problem+json");
    }
}

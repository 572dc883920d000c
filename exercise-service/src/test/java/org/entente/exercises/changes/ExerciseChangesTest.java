package org.entente.exercises.changes;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.entente.exercises.exercise.Exercises;
import org.entente.platform.testing.ChangeFeedMirror;
import org.entente.platform.testing.MongoAndKafka;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The change feed of exercises, kept in MongoDB: participants in the record, deletions as tombstones. */
@QuarkusTest
@WithTestResource(MongoAndKafka.class)
class ExerciseChangesTest {

    private static final String FEED = Exercises.PATH + "/changes";

    @Inject
    ExerciseChanges changes;

    @Test
    void anExercisesChangesComeInOrderWithItsStatesAndItsDeletionIsATombstone() {
        String cursor = ChangeFeedMirror.cursorOfNow(FEED);
        var created = Exercises.plan(Exercises.marker());
        String id = created.path("id");
        given().auth().oauth2(TestTokens.editor()).header("If-Match", created.header("ETag")).contentType("application/json")
                .body("{\"country\": \"CAN\", \"role\": \"PARTICIPANT\"}").post(Exercises.PATH + "/" + id + "/participants")
                .then().statusCode(201);
        given().auth().oauth2(TestTokens.admin()).header("If-Match", Exercises.get(id).header("ETag"))
                .delete(Exercises.PATH + "/" + id).then().statusCode(204);

        List<Map<String, Object>> mine = await().until(() -> ChangeFeedMirror.changesOf(FEED, cursor, id), c -> c.size() == 3);
        assertEquals(List.of("CREATED", "UPDATED", "DELETED"), mine.stream().map(c -> c.get("change")).toList());
        assertEquals(List.of("org.entente.exercise.planned.v1", "org.entente.exercise.participant-joined.v1",
                "org.entente.exercise.deleted.v1"), mine.stream().map(c -> c.get("type")).toList());
        assertEquals("CAN", ((Map<?, ?>) ((Map<?, ?>) mine.get(1).get("details")).get("participant")).get("country"));
        assertEquals(4, ((List<?>) ((Map<?, ?>) mine.get(1).get("record")).get("participants")).size());
        assertNull(mine.get(2).get("record"));
    }

    @Test
    void aClientThatReadsEverythingThenFollowsTheFeedEndsWithTheServersExercisesWhateverRanMeanwhile() {
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 10; i++) {
                var created = Exercises.plan(Exercises.marker());
                String id = created.path("id");
                Exercises.operate(id, "announce", created.header("ETag"), null).then().statusCode(200);
                if (i % 3 == 0) {
                    given().auth().oauth2(TestTokens.admin()).header("If-Match", Exercises.get(id).header("ETag"))
                            .delete(Exercises.PATH + "/" + id).then().statusCode(204);
                }
            }
        });
        ChangeFeedMirror client = new ChangeFeedMirror(Exercises.PATH);
        await().atMost(Duration.ofSeconds(60)).until(() -> writer.isDone() && client.caughtUp());
        writer.join();
    }

    @Test
    void aCursorOlderThanTheFeedKeepsIsGone() {
        String old = ChangeFeedMirror.cursorOfNow(FEED);
        Exercises.plan(Exercises.marker());
        await().until(() -> !ChangeFeedMirror.changes(FEED, old).getList("items").isEmpty());
        // what retention does after entente.outbox.retention
        changes.deleteLoggedBefore(Instant.now().plusSeconds(1));

        given().auth().oauth2(TestTokens.reader()).queryParam("after", old).get(FEED).then().statusCode(410)
                .contentType("application/problem+json").body("type", equalTo("urn:entente:problem:changes-expired"));
        given().auth().oauth2(TestTokens.reader()).queryParam("after", ChangeFeedMirror.cursorOfNow(FEED)).get(FEED)
                .then().statusCode(200);
    }
}

package org.entente.exercises.exercise;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.entente.exercises.outbox.ExerciseRelay;
import org.entente.platform.testing.KafkaEvents;
import org.entente.platform.testing.MongoAndKafka;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on exercise creation, with the keys kept in MongoDB. */
@QuarkusTest
@WithTestResource(MongoAndKafka.class)
class IdempotencyKeyTest {

    @Inject
    ExerciseRelay relay;

    private static io.restassured.response.Response post(String key, String body) {
        return given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                .header("Idempotency-Key", key).body(body).post(Exercises.PATH);
    }

    @Test
    void aRetriedCreateGetsTheFirstAnswerAndPlansOnce() {
        String key = UUID.randomUUID().toString();
        String body = Exercises.body("Retried " + Exercises.marker(), "2031-01-01", "2031-01-02");

        var first = post(key, body).then().statusCode(201).extract();
        post(key, body.replace("\n", " ")).then().statusCode(201)
                .header("Location", first.header("Location"))
                .header("ETag", first.header("ETag"))
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id")));
        assertEquals(1, KafkaEvents.settled(relay, Exercises.TOPIC, first.path("id")).size(), "one exercise, one event");
    }

    @Test
    void theSameKeyWithAnotherBodyIsUnprocessableAndAFailedRequestFreesItsKey() {
        String key = UUID.randomUUID().toString();
        String marker = Exercises.marker();
        post(key, Exercises.body("First " + marker, "2031-01-01", "2031-01-02")).then().statusCode(201);
        post(key, Exercises.body("Second " + marker, "2031-01-01", "2031-01-02")).then().statusCode(422)
                .contentType("application/problem+json");

        String retry = UUID.randomUUID().toString();
        post(retry, Exercises.body("Broken " + marker, "2031-01-05", "2031-01-01")).then().statusCode(400);
        post(retry, Exercises.body("Fixed " + marker, "2031-01-01", "2031-01-05")).then().statusCode(201);
        given().auth().oauth2(TestTokens.reader()).get(Exercises.PATH + "?q=" + marker).then().body("items.size()", equalTo(2));
    }
}

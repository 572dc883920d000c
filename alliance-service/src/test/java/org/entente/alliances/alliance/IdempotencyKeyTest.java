package org.entente.alliances.alliance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.entente.platform.outbox.OutboxRelay;
import org.entente.platform.testing.KafkaEvents;
import org.entente.platform.testing.PostgresAndKafka;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** POST with an Idempotency-Key: a retry is safe. */
@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class IdempotencyKeyTest {

    @Inject
    OutboxRelay relay;

    private io.restassured.response.Response post(String key, String body) {
        return given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                .header("Idempotency-Key", key).body(body).post("/api/v1/alliances");
    }

    @Test
    void aRepeatWithTheSameKeyAndBodyGetsTheFirstAnswerAndCreatesNothingMore() {
        String key = UUID.randomUUID().toString();
        String code = Alliances.uniqueCode("IDEM");
        String body = Alliances.body(code, "Idempotent", "COALITION", "GLOBAL", "2014-09-10");

        var first = post(key, body).then().statusCode(201).extract();
        var repeat = post(key, body.replace("\n", " ")).then().statusCode(201)
                .header("Location", first.header("Location"))
                .header("ETag", first.header("ETag"))
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id")))
                .extract();

        assertEquals(first.path("code").toString(), repeat.path("code").toString());
        assertEquals(1, KafkaEvents.settled(relay, "alliances.events", first.path("id")).size(),
                "one alliance, one event");
    }

    @Test
    void theSameKeyWithAnotherBodyIsUnprocessable() {
        String key = UUID.randomUUID().toString();
        post(key, Alliances.body(Alliances.uniqueCode("ONE"), "One", "COALITION", "GLOBAL", "2014-09-10")).then().statusCode(201);

        String other = Alliances.uniqueCode("TWO");
        post(key, Alliances.body(other, "Two", "COALITION", "GLOBAL", "2014-09-10"))
                .then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/" + other).then().statusCode(404);
    }

    @Test
    void aFailedRequestLeavesTheKeyFreeForACorrectedRetry() {
        String key = UUID.randomUUID().toString();
        String code = Alliances.uniqueCode("RETRY");
        post(key, Alliances.body(code, "Retry", "COALITION", "GLOBAL", "2999-01-01")).then().statusCode(400);
        post(key, Alliances.body(code, "Retry", "COALITION", "GLOBAL", "2014-09-10")).then().statusCode(201);
    }

    @Test
    void aMalformedKeyIsNamed() {
        post("x".repeat(256), Alliances.body(Alliances.uniqueCode("LONG"), "Long", "COALITION", "GLOBAL", "2014-09-10"))
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
    }
}

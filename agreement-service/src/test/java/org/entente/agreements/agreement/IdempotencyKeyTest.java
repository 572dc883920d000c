package org.entente.agreements.agreement;

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

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class IdempotencyKeyTest {

    @Inject
    OutboxRelay relay;

    private static io.restassured.response.Response post(String key, String body) {
        return given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                .header("Idempotency-Key", key).body(body).post(Agreements.PATH);
    }

    @Test
    void aRetriedCreateGetsTheFirstAnswerAndProposesOnce() {
        String key = UUID.randomUUID().toString();
        String marker = Agreements.marker();
        String body = Agreements.body("USA", "JPN", "Retried " + marker);

        var first = post(key, body).then().statusCode(201).extract();
        post(key, body).then().statusCode(201)
                .header("Location", first.header("Location"))
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id")));
        post(key, Agreements.body("USA", "KOR", "Other " + marker)).then().statusCode(422).contentType("application/problem+json");

        given().auth().oauth2(TestTokens.reader()).get(Agreements.PATH + "?q=" + marker).then().body("items.size()", equalTo(1));
        assertEquals(1, KafkaEvents.settled(relay, "agreements.events", first.path("id")).size());
    }
}

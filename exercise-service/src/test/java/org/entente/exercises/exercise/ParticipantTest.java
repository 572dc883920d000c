package org.entente.exercises.exercise;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.entente.platform.testing.AccessMatrix;
import org.entente.platform.testing.KafkaEvents;
import org.entente.platform.testing.MongoAndKafka;
import org.entente.platform.testing.TestTokens;
import org.entente.platform.tokens.Roles;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(MongoAndKafka.class)
class ParticipantTest {

    private static String participants(String id) {
        return Exercises.PATH + "/" + id + "/participants";
    }

    private static io.restassured.response.Response add(String id, String etag, String json) {
        return given().auth().oauth2(TestTokens.editor()).contentType("application/json").header("If-Match", etag).body(json)
                .post(participants(id));
    }

    private static io.restassured.response.Response change(String id, String country, String etag, String json) {
        return given().auth().oauth2(TestTokens.editor()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(json).patch(participants(id) + "/" + country);
    }

    private static io.restassured.response.Response remove(String id, String country, String etag) {
        return given().auth().oauth2(TestTokens.editor()).header("If-Match", etag).delete(participants(id) + "/" + country);
    }

    @Test
    void aCountryJoinsChangesItsForcesAndWithdrawsWithAnEventEachTime() {
        var created = Exercises.plan("Participants " + Exercises.marker());
        String id = created.path("id");

        var joined = add(id, created.header("ETag"), "{\"country\": \"CAN\", \"role\": \"PARTICIPANT\", \"ships\": 1}")
                .then().statusCode(201).body("participants.country", contains("USA", "AUS", "JPN", "CAN")).extract();
        assertTrue(joined.header("Location").endsWith(participants(id) + "/CAN"));
        var changed = change(id, "CAN", joined.header("ETag"), "{\"role\": \"OBSERVER\", \"ships\": null, \"personnel\": 10}")
                .then().statusCode(200).body("participants[3].role", equalTo("OBSERVER"))
                .body("participants[3].ships", equalTo(null)).body("participants[3].personnel", equalTo(10)).extract();
        remove(id, "CAN", changed.header("ETag")).then().statusCode(200).body("participants.country", contains("USA", "AUS", "JPN"));

        assertEquals(List.of("planned", "participant-joined", "participant-updated", "participant-withdrew"), Exercises.eventTypes(id, 4));
        String updated = KafkaEvents.about(Exercises.TOPIC, id, e -> e.size() >= 3, ExerciseApiTest.WAIT).get(2).dataAsString();
        assertTrue(updated.contains("\"changed\":[\"role\",\"personnel\",\"ships\"]") && updated.contains("\"participant\":{\"country\":\"CAN\""), updated);
        given().auth().oauth2(TestTokens.reader()).get(participants(id)).then().body("items.country", contains("USA", "AUS", "JPN"));
    }

    @Test
    void aCountryTakesPartOnceAndAHostStaysAParticipant() {
        var created = Exercises.plan("Rules " + Exercises.marker());
        String id = created.path("id");
        String etag = created.header("ETag");
        add(id, etag, "{\"country\": \"AUS\", \"role\": \"OBSERVER\"}").then().statusCode(409).contentType("application/problem+json");
        remove(id, "USA", etag).then().statusCode(409).contentType("application/problem+json");
        change(id, "USA", etag, "{\"role\": \"OBSERVER\"}").then().statusCode(409);
        add(id, etag, "{\"country\": \"XXX\", \"role\": \"OBSERVER\"}").then().statusCode(400).body("errors[0].field", equalTo("country"));
        add(id, etag, "{\"country\": \"NZL\", \"role\": \"OBSERVER\", \"aircraft\": -2}").then().statusCode(400)
                .body("errors[0].field", equalTo("aircraft"));
        change(id, "AUS", etag, "{\"personnel\": \"many\"}").then().statusCode(400).body("errors[0].field", equalTo("personnel"));
        remove(id, "FRA", etag).then().statusCode(404);
        remove(id, "XX", etag).then().statusCode(400);
        add(id, "\"99\"", "{\"country\": \"NZL\", \"role\": \"OBSERVER\"}").then().statusCode(412);
        Exercises.get(id).then().header("ETag", etag).body("participants.country", contains("USA", "AUS", "JPN"));
    }

    @Test
    void participantsOfACompletedOrCancelledExerciseDoNotChange() {
        var created = Exercises.plan("Closed " + Exercises.marker());
        String id = created.path("id");
        String etag = Exercises.operate(id, "cancel", created.header("ETag"), "{\"reason\": \"Budget\"}").then().extract().header("ETag");
        add(id, etag, "{\"country\": \"NZL\", \"role\": \"OBSERVER\"}").then().statusCode(409);
        change(id, "AUS", etag, "{\"personnel\": 5}").then().statusCode(409);
        remove(id, "JPN", etag).then().statusCode(409);
        Exercises.get(id).then().header("ETag", etag);
    }

    @Test
    void changingParticipantsNeedsTheEditorRole() {
        var created = Exercises.plan("Guarded " + Exercises.marker());
        String id = created.path("id");
        AccessMatrix.requires(Roles.EDITOR, request -> request.contentType("application/json").header("If-Match", "\"99\"")
                .body("{\"country\": \"NZL\", \"role\": \"OBSERVER\"}").post(participants(id)));
        AccessMatrix.requires(Roles.READER, request -> request.get(participants(id)));
    }
}

package org.entente.exercises.exercise;

import static io.restassured.RestAssured.given;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.entente.platform.testing.KafkaEvents;
import org.entente.platform.testing.TestTokens;

/** Test helpers: exercises created and changed through the API. */
public final class Exercises {

    public static final String PATH = "/api/v1/exercises";
    public static final String TOPIC = "exercises.events";

    private Exercises() {
    }

    /** A word no other test's names contain (names are unique, and {@code q=} finds one test's exercises). */
    public static String marker() {
        return "X" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
    }

    /** A RIMPAC-like exercise hosted by the United States with Australia and Japan taking part. */
    public static String body(String name, String start, String end) {
        return """
                {"name": "%s", "series": "RIMPAC", "hosts": ["USA"], "leadNation": "USA", "types": ["SEA", "AIR"],
                 "location": {"text": "Hawaiian Islands", "latitude": 21.35, "longitude": -157.95},
                 "region": "INDO_PACIFIC", "start": "%s", "end": "%s", "objectives": ["Interoperability"],
                 "participants": [{"country": "USA", "role": "HOST", "personnel": 20000},
                                  {"country": "AUS", "role": "PARTICIPANT", "personnel": 1600, "ships": 2},
                                  {"country": "JPN", "role": "PARTICIPANT"}]}""".formatted(name, start, end);
    }

    public static ExtractableResponse<Response> create(String json) {
        return given().auth().oauth2(TestTokens.editor()).contentType("application/json").body(json)
                .post(PATH).then().statusCode(201).extract();
    }

    public static ExtractableResponse<Response> plan(String name) {
        return create(body(name, "2030-06-27", "2030-08-01"));
    }

    /** The short types (e.g. {@code planned}) of the events about one exercise, once there are at least {@code atLeast}. */
    public static List<String> eventTypes(String id, int atLeast) {
        return KafkaEvents.about(TOPIC, id, e -> e.size() >= atLeast, Duration.ofSeconds(20)).stream()
                .map(e -> e.type().substring("org.entente.exercise.".length(), e.type().length() - ".v1".length())).toList();
    }

    public static Response get(String id) {
        return given().auth().oauth2(TestTokens.reader()).get(PATH + "/" + id);
    }

    public static Response operate(String id, String operation, String etag, String body) {
        var request = given().auth().oauth2(TestTokens.editor()).header("If-Match", etag);
        if (body != null) {
            request = request.contentType("application/json").body(body);
        }
        return request.post(PATH + "/" + id + "/" + operation);
    }
}

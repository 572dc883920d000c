package org.entente.exercises.exercise;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.entente.platform.testing.MongoAndKafka;
import org.entente.platform.testing.RawHttp;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A page of exercises as a puller sees it: an ETag of its content, 304 while nothing in it changed, gzip when
 * asked; and the live stream, never compressed, so each event arrives as it is written.
 */
@QuarkusTest
@WithTestResource(MongoAndKafka.class)
class ExerciseCachingTest {

    private static String page(String marker) {
        return Exercises.PATH + "?q=" + marker;
    }

    private static String threeExercises() {
        String marker = Exercises.marker();
        for (String name : List.of("A ", "B ", "C ")) {
            Exercises.plan(name + marker);
        }
        return marker;
    }

    @Test
    void aPageHasAnETagAndIsAnswered304WhileNothingInItChanged() {
        String marker = threeExercises();
        String tag = given().auth().oauth2(TestTokens.reader()).get(page(marker)).then().statusCode(200)
                .contentType("application/json;charset=UTF-8").body("items", hasSize(3)).header("ETag", startsWith("W/\"")).header("Cache-Control", "private, no-cache")
                .extract().header("ETag");
        given().auth().oauth2(TestTokens.reader()).header("If-None-Match", tag).get(page(marker)).then().statusCode(304)
                .header("ETag", tag).header("Cache-Control", "private, no-cache").body(emptyString());
    }

    @Test
    void aChangeToOneExerciseOnThePageChangesItsETag() {
        String marker = Exercises.marker();
        var changed = Exercises.plan("A " + marker);
        Exercises.plan("B " + marker);
        String before = given().auth().oauth2(TestTokens.reader()).get(page(marker)).then().extract().header("ETag");
        given().auth().oauth2(TestTokens.editor()).contentType("application/merge-patch+json")
                .header("If-Match", changed.header("ETag")).body("{\"series\": \"CHANGED\"}")
                .patch(Exercises.PATH + "/" + changed.path("id")).then().statusCode(200);
        String after = given().auth().oauth2(TestTokens.reader()).header("If-None-Match", before).get(page(marker))
                .then().statusCode(200).extract().header("ETag");
        assertNotEquals(before, after);
    }

    @Test
    void aPageIsGzippedForAClientThatAcceptsItAndUnzipsToTheSameJson() {
        String marker = threeExercises();
        RawHttp.Answer plain = RawHttp.get(page(marker), TestTokens.reader(), null);
        RawHttp.Answer gzipped = RawHttp.get(page(marker), TestTokens.reader(), "gzip");
        assertNull(plain.header("Content-Encoding"));
        assertEquals("gzip", gzipped.header("Content-Encoding"));
        assertEquals(plain.text(), gzipped.gunzipped());
        assertEquals(plain.header("ETag"), gzipped.header("ETag"));
        assertTrue(gzipped.body().length * 3 < plain.body().length, gzipped.body().length + " of " + plain.body().length);
    }

    @Test
    void aProblemAndAWriteAreNotKept() {
        given().auth().oauth2(TestTokens.reader()).get(Exercises.PATH + "?limit=0").then().statusCode(400)
                .header("Cache-Control", "no-store");
        given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                .body(Exercises.body("W " + Exercises.marker(), "2030-06-27", "2030-08-01"))
                .post(Exercises.PATH).then().statusCode(201).header("Cache-Control", "no-store");
    }

    @Test
    void theLiveStreamIsNotCompressedForAClientThatAcceptsGzipAndDeliversAnEventAsItHappens() {
        try (RawHttp.Lines stream = RawHttp.lines(Exercises.PATH + "/events", TestTokens.reader(), "gzip")) {
            assertEquals(200, stream.status());
            assertNull(stream.header("Content-Encoding"));
            Awaitility.await("a heartbeat").atMost(Duration.ofSeconds(5)).until(() -> stream.received().stream()
                    .anyMatch(line -> line.startsWith(":") && line.contains("heartbeat")));
            String id = Exercises.plan("Streamed " + Exercises.marker()).path("id");
            Awaitility.await("the event of the new exercise").atMost(Duration.ofSeconds(30)).until(() -> stream.received()
                    .stream().anyMatch(line -> line.startsWith("data:") && line.contains(id)));
        }
    }
}

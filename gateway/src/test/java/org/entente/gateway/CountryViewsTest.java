package org.entente.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import java.util.List;
import org.entente.platform.testing.RawHttp;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The gateway's own views, built from the three services (here: canned stand-ins). */
@QuarkusTest
@WithTestResource(CannedServices.class)
class CountryViewsTest {

    @Test
    void aViewAnswersAnHttp2ClientRequestAfterRequest() throws Exception {
        // after the h2c upgrade each request is an HTTP/2 stream that ends with its headers
        java.net.http.HttpClient http2 = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_2).build();
        java.net.http.HttpRequest get = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        "http://127.0.0.1:" + io.restassured.RestAssured.port + "/api/v1/countries/USA/profile"))
                .header("Authorization", "Bearer " + TestTokens.reader()).GET().build();
        for (int i = 0; i < 3; i++) {
            java.net.http.HttpResponse<String> answer = http2.send(get, java.net.http.HttpResponse.BodyHandlers.ofString());
            org.junit.jupiter.api.Assertions.assertEquals(200, answer.statusCode(), "request " + i + " over " + answer.version()
                    + ": " + answer.body());
        }
    }

    @Test
    void aViewHasAnETagOfItsContentAndIsAnswered304WhileItIsUnchanged() {
        for (String view : List.of("/api/v1/countries/USA/profile?asOf=2025-01-01", "/api/v1/countries/USA/ties/JPN?asOf=2025-01-01")) {
            String tag = given().auth().oauth2(TestTokens.reader()).get(view).then().statusCode(200)
                    .header("ETag", startsWith("W/\"")).header("Cache-Control", "private, no-cache")
                    .extract().header("ETag");
            given().auth().oauth2(TestTokens.reader()).header("If-None-Match", tag).get(view).then().statusCode(304)
                    .header("ETag", tag).header("Cache-Control", "private, no-cache").body(emptyString());
        }
    }

    @Test
    void aViewWithOtherContentHasAnotherETag() {
        String now = given().auth().oauth2(TestTokens.reader()).get("/api/v1/countries/USA/profile?asOf=2025-01-01")
                .then().extract().header("ETag");
        given().auth().oauth2(TestTokens.reader()).header("If-None-Match", now).get("/api/v1/countries/USA/profile?asOf=2020-01-01")
                .then().statusCode(200).header("ETag", not(now)).body("asOf", equalTo("2020-01-01"));
    }

    @Test
    void aViewIsGzippedByTheGatewayWhenTheClientAcceptsIt() {
        String view = "/api/v1/countries/USA/ties/JPN?asOf=2025-01-01";
        RawHttp.Answer plain = RawHttp.get(view, TestTokens.reader(), null);
        RawHttp.Answer gzipped = RawHttp.get(view, TestTokens.reader(), "gzip");
        assertNull(plain.header("Content-Encoding"));
        assertEquals("gzip", gzipped.header("Content-Encoding"));
        assertEquals(plain.text(), gzipped.gunzipped());
        assertEquals("Accept-Encoding", gzipped.header("Vary"));
    }

    @Test
    void aProfileHasTheCountrysAlliancesAgreementsAndExercises() {
        given().auth().oauth2(TestTokens.reader()).queryParam("asOf", "2025-01-01")
                .get("/api/v1/countries/USA/profile")
                .then().statusCode(200)
                .body("country", equalTo("USA"))
                .body("name", equalTo("United States"))
                .body("asOf", equalTo("2025-01-01"))
                .body("alliances.code", contains("NATO", "QUAD"))
                .body("alliances[0].member", equalTo(true))
                .body("alliances[0].periods[0].joined", equalTo("1949-08-24"))
                .body("alliances[0].periods[0].left", nullValue())
                .body("agreements", hasSize(1))
                .body("agreements[0].partner", equalTo("JPN"))
                .body("agreements[0].partnerName", equalTo("Japan"))
                .body("agreements[0].inForce", equalTo(true))
                .body("exercises.recent.name", contains("Pacific Angel 24-1", "RIMPAC 2024", "Talisman Sabre 2023", "RIMPAC 2022"))
                .body("exercises.recent[0].role", equalTo("HOST"))
                .body("exercises.recent[0].countries", equalTo(2))
                .body("exercises.upcoming.name", contains("Keen Sword 2026"))
                .body("partial", empty());
    }

    @Test
    void aProfileAsOfAnEarlierDayLeavesOutWhatCameLater() {
        given().auth().oauth2(TestTokens.reader()).queryParam("asOf", "2010-01-01")
                .get("/api/v1/countries/USA/profile")
                .then().statusCode(200)
                .body("alliances.code", contains("NATO"))
                .body("exercises.recent", empty())
                .body("exercises.upcoming.name", contains("RIMPAC 2022", "Talisman Sabre 2023", "RIMPAC 2024",
                        "Pacific Angel 24-1", "Keen Sword 2026"));
    }

    @Test
    void whenAServiceIsLateTheProfileAnswersWithThePartsItHasAndNamesTheMissingOne() {
        String exercises = ConfigProvider.getConfig().getValue("test.canned.exercises", String.class);
        given().post(exercises + "/_control/hang").then().statusCode(200);
        try {
            long start = System.nanoTime();
            given().auth().oauth2(TestTokens.reader()).queryParam("asOf", "2025-01-01")
                    .get("/api/v1/countries/USA/profile")
                    .then().statusCode(200)
                    .body("alliances.code", contains("NATO", "QUAD"))
                    .body("agreements", hasSize(1))
                    .body("exercises", nullValue())
                    .body("partial", contains("exercises"))
                    .body("partialReasons.exercises", containsString("did not answer within 400 ms"));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 2_000, "answered within the call timeout, not the hang: " + millis + " ms");
        } finally {
            given().post(exercises + "/_control/answer").then().statusCode(200);
        }
    }

    @Test
    void tiesShowSharedAlliancesAgreementsJointExercisesAndTheScore() {
        given().auth().oauth2(TestTokens.reader()).queryParam("asOf", "2025-01-01")
                .get("/api/v1/countries/USA/ties/JPN")
                .then().statusCode(200)
                .body("country", equalTo("USA"))
                .body("other", equalTo("JPN"))
                .body("alliances.code", contains("QUAD"))
                .body("alliances[0].bothMembers", equalTo(true))
                .body("alliances[0].together[0].joined", equalTo("2017-11-12"))
                .body("agreements.title", contains("Treaty of Mutual Cooperation and Security"))
                .body("exercises.year", contains(2024, 2023, 2022))
                .body("exercises[0].exercises[0].roles.USA", equalTo("HOST"))
                .body("exercises[0].exercises[0].roles.JPN", equalTo("PARTICIPANT"))
                // 25 for the Quad, 15 for the treaty in force, 4 for each of three joint exercises since 2020
                .body("scoreParts.alliances", equalTo(25))
                .body("scoreParts.agreements", equalTo(15))
                .body("scoreParts.exercises", equalTo(12))
                .body("score", equalTo(52))
                .body("partial", empty());
    }

    @Test
    void tiesListEveryPeriodTheTwoWereInAnAllianceTogether() {
        given().auth().oauth2(TestTokens.reader()).queryParam("asOf", "2024-01-01")
                .get("/api/v1/countries/RUS/ties/UZB")
                .then().statusCode(200)
                .body("alliances.code", contains("CSTO"))
                .body("alliances[0].bothMembers", equalTo(false))
                .body("alliances[0].together.joined", contains("1994-04-20", "2006-08-16"))
                .body("alliances[0].together.left", contains("1999-04-21", "2012-12-19"))
                .body("agreements", empty())
                .body("exercises", empty())
                .body("score", equalTo(0));
    }

    @Test
    void anAllianceKnownFromTwoSourcesIsListedWithItsCounterpartAndScoredOnce() {
        given().auth().oauth2(TestTokens.reader()).queryParam("asOf", "2025-01-01")
                .get("/api/v1/countries/CAN/ties/GBR")
                .then().statusCode(200)
                .body("alliances.code", contains("ATOP_3180", "NATO"))
                .body("alliances[0].counterparts", contains("NATO"))
                .body("alliances[1].counterparts", contains("ATOP_3180"))
                .body("scoreParts.alliances", equalTo(25));
    }

    @Test
    void tiesAsOfADayBeforeTheyBeganScoreNothing() {
        given().auth().oauth2(TestTokens.reader()).queryParam("asOf", "1959-01-01")
                .get("/api/v1/countries/USA/ties/JPN")
                .then().statusCode(200)
                .body("alliances", empty())
                .body("agreements[0].inForce", equalTo(false))
                .body("exercises", empty())
                .body("score", equalTo(0));
    }

    @Test
    void jointExercisesBeyondThePagesReadAreAMissingPartNotAWrongCount() {
        given().auth().oauth2(TestTokens.reader()).queryParam("asOf", "2025-01-01")
                .get("/api/v1/countries/IND/ties/USA")
                .then().statusCode(200)
                .body("exercises", nullValue())
                .body("partial", contains("exercises"))
                .body("partialReasons.exercises", equalTo("more than 3 exercises; only 3 pages are read"))
                .body("scoreParts.exercises", equalTo(0));
    }

    @Test
    void badCountryCodesAndDaysAreProblems() {
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/countries/XXX/profile")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("code"));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/countries/USA/ties/ZZZ")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("other"));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/countries/USA/ties/USA")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("other"));
        given().auth().oauth2(TestTokens.reader()).queryParam("asOf", "2024-13-01").get("/api/v1/countries/USA/profile")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("asOf"));
    }

    @Test
    void theViewsNeedAReaderToken() {
        given().get("/api/v1/countries/USA/profile")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.withRoles("someone-else")).get("/api/v1/countries/USA/profile")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.editor()).get("/api/v1/countries/USA/ties/JPN")
                .then().statusCode(200)
                .header("RateLimit-Limit", "300");
    }
}

package org.entente.alliances.alliance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.platform.testing.AccessMatrix;
import org.entente.platform.testing.MutableClock;
import org.entente.platform.testing.PostgresAndKafka;
import org.entente.platform.testing.TestTokens;
import org.entente.platform.tokens.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Listing with filters, sorts and keyset pages. Each test narrows the listing with {@code q} to a
 * name prefix of its own, so alliances made by other tests do not matter.
 */
@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AllianceListTest {

    @Inject
    MutableClock clock;

    private final String tag = Alliances.uniqueCode("L").toLowerCase().replace("_", "");

    private boolean created;

    /** Once per class, but in a @BeforeEach: Quarkus points REST Assured at the app's random port only for tests. */
    @BeforeEach
    void fiveAlliances() {
        if (created) {
            return;
        }
        created = true;
        create("A", "COLLECTIVE_DEFENSE", "EURO_ATLANTIC", "1949-04-04");
        create("B", "SECURITY_PARTNERSHIP", "INDO_PACIFIC", "2021-09-15");
        create("C", "STRATEGIC_DIALOGUE", "INDO_PACIFIC", "2007-05-25");
        create("D", "COLLECTIVE_DEFENSE", "INDO_PACIFIC", "1951-09-01");
        String etag = create("E", "COLLECTIVE_DEFENSE", "EURASIA", "1955-05-14");
        given().auth().oauth2(TestTokens.editor()).header("If-Match", etag).contentType("application/json")
                .body("{\"date\": \"1991-07-01\"}")
                .post("/api/v1/alliances/" + code("E") + "/dissolve").then().statusCode(200);
    }

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    private String code(String letter) {
        return (tag + "_" + letter).toUpperCase();
    }

    private String create(String letter, String kind, String region, String founded) {
        return Alliances.create(Alliances.body(code(letter), tag + " " + letter, kind, region, founded)).header("ETag");
    }

    private List<String> names(String query) {
        return given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances?q=" + tag + query)
                .then().statusCode(200).extract().path("items.name");
    }

    private void admit(String country, String letter, String joined, String left) {
        given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                .body("{\"country\": \"%s\", \"role\": \"MEMBER\", \"joined\": \"%s\"%s}".formatted(country, joined,
                        left == null ? "" : ", \"left\": \"" + left + "\""))
                .post("/api/v1/alliances/" + code(letter) + "/members").then().statusCode(201);
    }

    @Test
    void listingNeedsTheReaderRole() {
        AccessMatrix.requires(Roles.READER, request -> request.get("/api/v1/alliances"));
    }

    @Test
    void byDefaultAlliancesComeByName() {
        assertEquals(List.of(tag + " A", tag + " B", tag + " C", tag + " D", tag + " E"), names(""));
    }

    @Test
    void pagesFollowEachOtherByCursorWithoutGapsOrRepeats() {
        List<String> seen = new ArrayList<>();
        String url = "/api/v1/alliances?q=" + tag + "&sort=-founded&limit=2";
        int pages = 0;
        while (url != null) {
            var page = given().auth().oauth2(TestTokens.reader()).get(url).then().statusCode(200).extract();
            seen.addAll(page.path("items.name"));
            String next = page.path("next");
            String link = page.header("Link");
            if (next != null) {
                assertTrue(link != null && link.contains("rel=\"next\"") && link.contains("after=" + next), link);
                url = "/api/v1/alliances?q=" + tag + "&sort=-founded&limit=2&after=" + next;
            } else {
                assertEquals(null, link);
                url = null;
            }
            pages++;
        }
        assertEquals(3, pages);
        assertEquals(List.of(tag + " B", tag + " C", tag + " E", tag + " D", tag + " A"), seen);
    }

    @Test
    void filtersCombine() {
        assertEquals(List.of(tag + " B", tag + " C", tag + " D"), names("&region=INDO_PACIFIC"));
        assertEquals(List.of(tag + " D"), names("&region=INDO_PACIFIC&kind=COLLECTIVE_DEFENSE"));
        assertEquals(List.of(tag + " E"), names("&status=DISSOLVED"));
    }

    @Test
    void memberKeepsTheAlliancesACountryBelongsToOnTheDay() {
        for (String letter : List.of("A", "C")) {
            given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                    .body("{\"country\": \"NZL\", \"role\": \"MEMBER\", \"joined\": \"2010-01-01\"}")
                    .post("/api/v1/alliances/" + code(letter) + "/members").then().statusCode(201);
        }
        assertEquals(List.of(tag + " A", tag + " C"), names("&member=NZL"));
        assertEquals(List.of(), names("&member=NZL&activeOn=2009-12-31"));
        assertEquals(List.of(tag + " A"), names("&member=NZL&kind=COLLECTIVE_DEFENSE"));
    }

    @Test
    void memberWithoutActiveOnMeansAMemberTodayByTheServicesClock() {
        admit("JPN", "D", "2012-06-01", null);
        admit("JPN", "A", "2012-06-01", "2020-01-01");

        clock.setToday(LocalDate.parse("2012-05-31"));
        assertEquals(List.of(), names("&member=JPN"));
        clock.setToday(LocalDate.parse("2012-06-01"));
        assertEquals(List.of(tag + " A", tag + " D"), names("&member=JPN"));
        clock.setToday(LocalDate.parse("2020-01-01"));
        assertEquals(List.of(tag + " D"), names("&member=JPN"));
    }

    @Test
    void activeOnKeepsWhatWasFoundedAndNotYetDissolvedThatDay() {
        assertEquals(List.of(tag + " A", tag + " D", tag + " E"), names("&activeOn=1990-01-01"));
        assertEquals(List.of(tag + " A", tag + " D"), names("&activeOn=1991-07-01"));
        assertEquals(List.of(tag + " A"), names("&activeOn=1950-01-01"));
    }

    @Test
    void nameSearchIsCaseInsensitiveAndTakesWildcardsLiterally() {
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances?q=" + tag.toUpperCase() + " b")
                .then().statusCode(200).body("items.name", equalTo(List.of(tag + " B")));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances?q=" + tag + "%25")
                .then().statusCode(200).body("items", equalTo(List.of()));
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        for (String[] bad : List.of(
                new String[] {"kind=EMPIRE", "kind"},
                new String[] {"region=ATLANTIS", "region"},
                new String[] {"activeOn=yesterday", "activeOn"},
                new String[] {"member=ATLANTIS", "member"},
                new String[] {"sort=budget", "sort"},
                new String[] {"after=not-a-cursor", "after"},
                new String[] {"limit=0", "limit"},
                new String[] {"limit=abc", "limit"},
                new String[] {"limit=201", "limit"})) {
            given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances?" + bad[0])
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo(bad[1]));
        }
    }

    @Test
    void theLastPageHasNoNext() {
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances?q=" + tag + "&limit=200")
                .then().statusCode(200).body("next", nullValue()).body("items.size()", equalTo(5));
    }
}

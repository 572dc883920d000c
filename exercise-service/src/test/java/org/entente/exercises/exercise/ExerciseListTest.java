package org.entente.exercises.exercise;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.entente.exercises.alliance.AllianceEvents;
import org.entente.exercises.alliance.AllianceReadModel;
import org.entente.platform.testing.AccessMatrix;
import org.entente.platform.testing.MongoAndKafka;
import org.entente.platform.testing.TestTokens;
import org.entente.platform.tokens.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(MongoAndKafka.class)
class ExerciseListTest {

    private static String marker;

    @Inject
    AllianceReadModel alliances;

    /** Four exercises only this class's queries see (their names carry the marker). */
    @BeforeEach
    void exercises() {
        if (marker != null) {
            return;
        }
        marker = Exercises.marker();
        AllianceEvents.natoKnownTo(alliances);
        Exercises.create(Exercises.body("A rimpac " + marker, "2024-06-27", "2024-08-01"));
        Exercises.create("""
                {"name": "B talisman %s", "series": "TALISMAN_SABRE", "hosts": ["AUS", "USA"], "types": ["LAND", "AMPHIBIOUS"],
                 "region": "INDO_PACIFIC", "start": "2025-07-13", "end": "2025-08-04",
                 "participants": [{"country": "AUS", "role": "HOST"}, {"country": "USA", "role": "HOST"},
                                  {"country": "JPN", "role": "PARTICIPANT"}, {"country": "MYS", "role": "OBSERVER"}]}""".formatted(marker));
        Exercises.create("""
                {"name": "C angel %s", "series": "PACIFIC_ANGEL", "hosts": ["MNG"], "types": ["HADR"], "region": "EURASIA",
                 "start": "2023-08", "end": "2023-08",
                 "participants": [{"country": "MNG", "role": "HOST"}, {"country": "USA", "role": "PARTICIPANT"}]}""".formatted(marker));
        Exercises.create("""
                {"name": "D steadfast %s", "hosts": ["DEU"], "types": ["COMMAND_POST"], "region": "EURO_ATLANTIC", "alliance": "NATO",
                 "start": "2024-01-22", "end": "2024-05-31", "participants": [{"country": "DEU", "role": "HOST"}]}""".formatted(marker));
    }

    private List<String> names(String query) {
        List<String> names = given().auth().oauth2(TestTokens.reader())
                .get(Exercises.PATH + "?q=" + marker + (query.isEmpty() ? "" : "&" + query))
                .then().statusCode(200).extract().path("items.name");
        return names.stream().map(n -> n.substring(0, 1)).toList();
    }

    @Test
    void theDefaultOrderIsLatestStartFirst() {
        assertEquals(List.of("B", "A", "D", "C"), names(""));
        assertEquals(List.of("A", "B", "C", "D"), names("sort=name"));
        assertEquals(List.of("C", "D", "A", "B"), names("sort=end"));
    }

    @Test
    void participantHostTypeSeriesRegionAndAllianceFilter() {
        assertEquals(List.of("B", "A"), names("country=JPN"));
        assertEquals(List.of("B", "A", "C"), names("country=USA"));
        assertEquals(List.of("B"), names("country=MYS"));
        assertEquals(List.of("B"), names("host=AUS"));
        assertEquals(List.of("C"), names("type=HADR"));
        assertEquals(List.of("A"), names("series=RIMPAC"));
        assertEquals(List.of("D"), names("region=EURO_ATLANTIC"));
        assertEquals(List.of("D"), names("alliance=NATO"));
        assertEquals(List.of("B", "A", "D", "C"), names("status=COMPLETED")); // all in the past: completed by the calendar at once
    }

    @Test
    void repeatedCountriesFindTheExercisesOfAllOfThemTheirJointExercises() {
        assertEquals(List.of("B", "A"), names("country=USA&country=JPN"));
        assertEquals(List.of("B"), names("country=USA&country=JPN&country=MYS"));
        assertEquals(List.of("C"), names("country=MNG&country=USA"));
        assertEquals(List.of(), names("country=MNG&country=JPN"));
        assertEquals(List.of("B", "A"), names("country=JPN&country=JPN"), "a repeat counts once");
        String eleven = String.join("&", List.of("USA", "GBR", "FRA", "DEU", "JPN", "AUS", "CAN", "ITA", "ESP", "NLD", "NOR")
                .stream().map(c -> "country=" + c).toList());
        given().auth().oauth2(TestTokens.reader()).get(Exercises.PATH + "?" + eleven).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("country"));
        given().auth().oauth2(TestTokens.reader()).get(Exercises.PATH + "?country=USA&country=Japan").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("country"));
    }

    @Test
    void aDateRangeFindsTheExercisesThatOverlapItAMonthCountingAsTheWholeMonth() {
        assertEquals(List.of("A"), names("from=2024-07-01&to=2024-07-31"));
        assertEquals(List.of("A", "D"), names("from=2024-05-31&to=2024-06-27"));
        assertEquals(List.of("C"), names("from=2023-08-31&to=2023-09-30"));
        assertEquals(List.of(), names("from=2023-09-01&to=2023-12-31"));
        assertEquals(List.of("B", "A"), names("from=2024-06-01"));
    }

    @Test
    void keysetPagesWalkEveryExerciseOnce() {
        for (String sort : List.of("-start", "name", "end")) {
            List<String> walked = new ArrayList<>();
            String next = null;
            do {
                var page = given().auth().oauth2(TestTokens.reader())
                        .get(Exercises.PATH + "?q=" + marker + "&limit=1&sort=" + sort + (next == null ? "" : "&after=" + next))
                        .then().statusCode(200).extract();
                walked.addAll(page.<List<String>>path("items.name").stream().map(n -> n.substring(0, 1)).toList());
                next = page.path("next");
            } while (next != null);
            assertEquals(names("sort=" + sort), walked, sort);
        }
    }

    @Test
    void aBadParameterIsAProblemNamingIt() {
        for (String[] bad : List.of(new String[] {"country=Japan", "country"}, new String[] {"host=XXX", "host"},
                new String[] {"type=SPACE", "type"}, new String[] {"region=MOON", "region"}, new String[] {"status=DONE", "status"},
                new String[] {"from=2024", "from"}, new String[] {"sort=series", "sort"}, new String[] {"limit=500", "limit"},
                new String[] {"after=nonsense", "after"})) {
            given().auth().oauth2(TestTokens.reader()).get(Exercises.PATH + "?" + bad[0])
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(bad[1]));
        }
    }

    @Test
    void listingNeedsTheReaderRole() {
        AccessMatrix.requires(Roles.READER, request -> request.get(Exercises.PATH));
    }
}

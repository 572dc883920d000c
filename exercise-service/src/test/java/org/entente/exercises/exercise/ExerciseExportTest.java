package org.entente.exercises.exercise;

import static io.restassured.RestAssured.given;
import static org.entente.platform.testing.ExportAnswers.assertNdjsonIsTheItemsOf;
import static org.entente.platform.testing.ExportAnswers.csvRows;
import static org.entente.platform.testing.ExportAnswers.headerRow;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.entente.platform.testing.MongoAndKafka;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Exercises and their participants as CSV and NDJSON exports from MongoDB, with the filters of the JSON list. */
@QuarkusTest
@WithTestResource(MongoAndKafka.class)
class ExerciseExportTest {

    @Inject
    Clock clock;

    private final String marker = Exercises.marker();

    @Test
    void theExercisesExportHasItsColumnsTheListsFiltersAndSortAndOneLinePerItemAsNdjson() {
        Exercises.create(Exercises.body(marker + " Pacific, \\\"West\\\"", "2030-06-27", "2030-08-01"));
        Exercises.create(Exercises.body(marker + " Second", "2031-06-27", "2031-08-01"));
        Exercises.create(Exercises.body(marker + " Third", "2032-06-27", "2032-08-01").replace("\"INDO_PACIFIC\"", "\"EURO_ATLANTIC\""));

        String body = given().auth().oauth2(TestTokens.reader()).accept("text/csv")
                .get(Exercises.PATH + "?region=INDO_PACIFIC&sort=start&q=" + marker).then().statusCode(200)
                .header("Content-Type", startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"exercises-" + LocalDate.now(clock) + ".csv\""))
                .extract().asString();
        assertEquals("id,name,label,series,hosts,leadNation,types,location.text,location.latitude,location.longitude,region,"
                + "start,end,objectives,alliance,allianceNonMembers,agreement,source,participants,unmatchedParticipants,"
                + "participantNotes,provenance.dataSet,provenance.sourceId,status,statusReason,allowedOperations,createdAt,updatedAt",
                headerRow(body));
        List<CSVRecord> rows = csvRows(body);
        assertEquals(List.of(marker + " Pacific, \"West\"", marker + " Second"), rows.stream().map(r -> r.get("name")).toList());
        CSVRecord first = rows.get(0);
        assertEquals(List.of("USA;AUS;JPN", "AIR;SEA", "Hawaiian Islands", "21.35", "2030-06-27"), List.of(
                first.get("participants"), first.get("types"), first.get("location.text"), first.get("location.latitude"),
                first.get("start")));

        String page = given().auth().oauth2(TestTokens.reader())
                .get(Exercises.PATH + "?limit=200&q=" + marker).then().statusCode(200).extract().asString();
        String ndjson = given().auth().oauth2(TestTokens.reader()).get(Exercises.PATH + "?format=ndjson&q=" + marker)
                .then().statusCode(200).header("Content-Type", startsWith("application/x-ndjson")).extract().asString();
        assertNdjsonIsTheItemsOf(page, ndjson);
    }

    @Test
    void anExercisesParticipantsExportOneRowEachWithTheirForces() {
        String id = Exercises.plan(marker + " Participants").path("id");
        String body = given().auth().oauth2(TestTokens.reader()).get(Exercises.PATH + "/" + id + "/participants?format=csv")
                .then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"" + id + "-participants-" + LocalDate.now(clock) + ".csv\""))
                .extract().asString();
        assertEquals("country,role,personnel,ships,aircraft\r\nUSA,HOST,20000,,\r\nAUS,PARTICIPANT,1600,2,\r\nJPN,PARTICIPANT,,,\r\n", body);
    }

    @Test
    void badInputIsAProblemInJsonWhenAnExportIsAskedFor() {
        given().auth().oauth2(TestTokens.reader()).accept("application/x-ndjson").get(Exercises.PATH + "?from=soon")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("from"));
        given().auth().oauth2(TestTokens.reader()).accept("text/csv").get(Exercises.PATH + "/no-such-exercise/participants")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.reader()).get(Exercises.PATH + "?format=CSV")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("format"));
    }
}

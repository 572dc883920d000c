package org.entente.agreements.agreement;

import static io.restassured.RestAssured.given;
import static org.entente.platform.testing.ExportAnswers.csvRows;
import static org.entente.platform.testing.ExportAnswers.headerRow;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.entente.platform.testing.PostgresAndKafka;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Agreements and their sub-lists as CSV and NDJSON exports, with the filters of their JSON lists. */
@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class AgreementExportTest {

    @Inject
    Clock clock;

    private final String marker = Agreements.marker();

    @Test
    void theAgreementsExportHasItsHeaderRowTheListsFiltersAndQuotesWhatNeedsIt() {
        Agreements.create(Agreements.body("USA", "JPN", marker + ", \\\"Alpha\\\" accord"));
        Agreements.create(Agreements.body("PHL", "USA", marker + " Bravo"));
        Agreements.create(Agreements.body("GBR", "FRA", marker + " Charlie"));

        String body = given().auth().oauth2(TestTokens.reader()).accept("text/csv")
                .get(Agreements.PATH + "?party=USA&q=" + marker).then().statusCode(200)
                .header("Content-Type", startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"agreements-" + LocalDate.now(clock) + ".csv\""))
                .extract().asString();
        assertEquals("id,parties,title,type,scopeAreas,objectives,signed,signedPrecision,enteredIntoForce,"
                + "enteredIntoForcePrecision,expires,durationYears,renewalYears,summary,source,status,statusReason,terminated,"
                + "terminatedPrecision,allowedOperations,provenance.dataSet,provenance.sourceId,sourceValues,createdAt,updatedAt",
                headerRow(body));
        assertTrue(body.contains(",\"" + marker + ", \"\"Alpha\"\" accord\","), body);
        List<CSVRecord> rows = csvRows(body);
        assertEquals(List.of(marker + " Bravo", marker + ", \"Alpha\" accord"), rows.stream().map(r -> r.get("title")).toList());
        List<String> parties = given().auth().oauth2(TestTokens.reader()).get(Agreements.PATH + "?party=USA&q=" + marker)
                .then().extract().path("items[0].parties");
        assertEquals(String.join(";", parties), rows.get(0).get("parties"));
        assertEquals("JOINT_EXERCISES;LOGISTICS_SUPPORT", rows.get(0).get("scopeAreas"));
        assertEquals("PROPOSED", rows.get(0).get("status"));
    }

    @Test
    void theMilestonesAcrossAgreementsExportAsManyLinesAsTheJsonListHasItems() {
        String id = Agreements.propose(marker + " milestones").path("id");
        for (String due : List.of("2020-01-01", "2021-01-01", "2022-01-01")) {
            given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                    .body("{\"title\": \"Step " + due + "\", \"due\": \"" + due + "\"}")
                    .post(Agreements.PATH + "/" + id + "/milestones").then().statusCode(201);
        }
        List<Map<String, Object>> items = new ArrayList<>();
        String after = "";
        do {
            var page = given().auth().oauth2(TestTokens.reader()).get("/api/v1/milestones?party=JPN&overdue=true&limit=200" + after)
                    .then().statusCode(200).extract();
            items.addAll(page.path("items"));
            String next = page.path("next");
            after = next == null ? null : "&after=" + next;
        } while (after != null);
        String ndjson = given().auth().oauth2(TestTokens.reader()).accept("application/x-ndjson")
                .get("/api/v1/milestones?party=JPN&overdue=true").then().statusCode(200)
                .header("Content-Type", startsWith("application/x-ndjson")).extract().asString();
        assertEquals(items.size(), ndjson.split("\n").length);
        assertTrue(items.size() >= 3);
    }

    @Test
    void anAgreementsMilestonesConsultationsAndHistoryExportWithTheirAgreement() {
        String id = Agreements.propose(marker + " sub-lists").path("id");
        given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                .body("{\"title\": \"First review\", \"due\": \"2030-01-01\"}")
                .post(Agreements.PATH + "/" + id + "/milestones").then().statusCode(201);
        given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                .body("{\"held\": \"2023-01-11\", \"level\": \"MINISTERIAL\", \"topics\": [\"Deterrence\", \"Logistics\"]}")
                .post(Agreements.PATH + "/" + id + "/consultations").then().statusCode(201);

        List<CSVRecord> milestones = csvRows(export(Agreements.PATH + "/" + id + "/milestones", id + "-milestones"));
        assertEquals("First review", milestones.get(0).get("title"));
        assertEquals(id, milestones.get(0).get("agreement.id"));
        assertEquals(marker + " sub-lists", milestones.get(0).get("agreement.title"));
        assertEquals("Deterrence;Logistics",
                csvRows(export(Agreements.PATH + "/" + id + "/consultations", id + "-consultations")).get(0).get("topics"));
        CSVRecord proposed = csvRows(export(Agreements.PATH + "/" + id + "/history", id + "-history")).get(0);
        assertEquals(List.of("1", "propose", "PROPOSED"), List.of(proposed.get("position"), proposed.get("operation"),
                proposed.get("status")));
    }

    @Test
    void aCountrysPartnersExportOneRowPerAgreementWithThePartnersColumnsRepeated() {
        Agreements.create(Agreements.inForce("NZL", "AUS", marker + " in force", "2020-01-01", "2020-06-01"));
        Agreements.create(Agreements.body("NZL", "AUS", marker + " proposed"));
        String body = export("/api/v1/countries/NZL/agreements", "NZL-agreements");
        assertEquals("partner,inForce,agreement.id,agreement.title,agreement.type,agreement.status,agreement.signed,"
                + "agreement.signedPrecision,agreement.enteredIntoForce,agreement.enteredIntoForcePrecision,agreement.expires,"
                + "agreement.terminated,agreement.terminatedPrecision,agreement.inForce,agreement.provenance.dataSet,"
                + "agreement.provenance.sourceId", headerRow(body));
        List<CSVRecord> mine = csvRows(body).stream().filter(r -> r.get("agreement.title").startsWith(marker)).toList();
        assertEquals(List.of("AUS " + marker + " in force true", "AUS " + marker + " proposed false"), mine.stream()
                .map(r -> r.get("partner") + " " + r.get("agreement.title") + " " + r.get("agreement.inForce")).sorted().toList());
    }

    @Test
    void anUnknownAgreementIsAProblemInJsonWhenCsvIsAskedFor() {
        given().auth().oauth2(TestTokens.reader()).accept("text/csv")
                .get(Agreements.PATH + "/00000000-0000-0000-0000-000000000000/milestones")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.reader()).get(Agreements.PATH + "?format=csv&signedFrom=yesterday")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("signedFrom"));
    }

    private String export(String path, String name) {
        return given().auth().oauth2(TestTokens.reader()).get(path + "?format=csv").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"" + name + "-" + LocalDate.now(clock) + ".csv\""))
                .extract().asString();
    }
}

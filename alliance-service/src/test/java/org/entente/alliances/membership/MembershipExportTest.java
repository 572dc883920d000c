package org.entente.alliances.membership;

import static io.restassured.RestAssured.given;
import static org.entente.platform.testing.ExportAnswers.csvRows;
import static org.entente.platform.testing.ExportAnswers.headerRow;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.csv.CSVRecord;
import org.entente.platform.testing.TestTokens;
import org.entente.platform.testing.PostgresAndKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Members and a country's alliances as exports: one row per membership period, with the lists' filters. */
@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class MembershipExportTest {

    @Inject
    Clock clock;

    private String code;

    @BeforeEach
    void anAllianceWithThreePeriods() {
        code = "MX_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
        given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                .body("""
                        {"code": "%s", "name": "Export Pact %s", "kind": "COLLECTIVE_DEFENSE",
                         "region": "EURO_ATLANTIC", "founded": "1949-04-04"}""".formatted(code, code))
                .post("/api/v1/alliances").then().statusCode(201);
        admit("NOR", "1949-04-04", "1960-01-01");
        admit("NOR", "1970-01-01", null);
        admit("FIN", "2023-04-04", null);
    }

    private void admit(String country, String joined, String left) {
        given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                .body("{\"country\": \"%s\", \"role\": \"MEMBER\", \"joined\": \"%s\"%s}".formatted(country, joined,
                        left == null ? "" : ", \"left\": \"" + left + "\""))
                .post("/api/v1/alliances/" + code + "/members").then().statusCode(201);
    }

    @Test
    void theMembersExportIsOneRowPerMembershipPeriodAndHonoursHistoryAndAsOf() {
        String history = given().auth().oauth2(TestTokens.reader()).accept("text/csv")
                .get("/api/v1/alliances/" + code + "/members?history=true").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"" + code + "-members-" + LocalDate.now(clock) + ".csv\""))
                .extract().asString();
        assertEquals("id,country,countryName,role,joined,joinedPrecision,left,leftPrecision,obligations,suspendedTowards",
                headerRow(history));
        List<CSVRecord> periods = csvRows(history);
        assertEquals(List.of("FIN 2023-04-04 ", "NOR 1949-04-04 1960-01-01", "NOR 1970-01-01 "), periods.stream()
                .map(r -> r.get("country") + " " + r.get("joined") + " " + r.get("left")).toList());
        assertEquals("Finland", periods.get(0).get("countryName"));

        String in1955 = given().auth().oauth2(TestTokens.reader())
                .get("/api/v1/alliances/" + code + "/members?asOf=1955-01-01&format=csv").then().statusCode(200).extract().asString();
        assertEquals(List.of("NOR"), csvRows(in1955).stream().map(r -> r.get("country")).toList());
    }

    @Test
    void aCountrysAlliancesExportIsOneRowPerPeriodWithTheAlliance() {
        String body = given().auth().oauth2(TestTokens.reader())
                .get("/api/v1/countries/NOR/alliances?format=csv&source=curated").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"NOR-alliances-" + LocalDate.now(clock) + ".csv\""))
                .extract().asString();
        assertEquals("allianceId,allianceCode,allianceName,role,joined,joinedPrecision,left,leftPrecision,obligations,"
                + "provenance.dataSet,provenance.sourceId,coveredUntil,counterparts", headerRow(body));
        assertEquals(List.of("1949-04-04", "1970-01-01"), csvRows(body).stream().filter(r -> r.get("allianceCode").equals(code))
                .map(r -> r.get("joined")).toList());
    }

    @Test
    void anUnknownAllianceOrABadDayIsAProblemInJsonWhenCsvIsAskedFor() {
        given().auth().oauth2(TestTokens.reader()).accept("text/csv").get("/api/v1/alliances/NO_SUCH_PACT/members")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.reader()).accept("text/csv").get("/api/v1/alliances/" + code + "/members?asOf=1955-02-30")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("asOf"));
    }
}

package org.entente.alliances.alliance;

import static io.restassured.RestAssured.given;
import static org.entente.platform.testing.ExportAnswers.assertNdjsonIsTheItemsOf;
import static org.entente.platform.testing.ExportAnswers.csvRows;
import static org.entente.platform.testing.ExportAnswers.headerRow;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.entente.platform.testing.PostgresAndKafka;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every matching alliance in one answer, as CSV or NDJSON, with the filters of the JSON list. Each
 * test narrows the listing with {@code q} to this class's own alliances. The tests' exports are read
 * two records at a time ({@code %test.entente.export.chunk-size}), so they walk many chunks.
 */
@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AllianceExportTest {

    static final String HEADER = "id,code,name,kind,region,founded,foundedPrecision,foundingTreaty,headquarters,description,"
            + "focusAreas,obligations,collectiveDefenseClause,spendingTargetGdpShare,spendingTargetCoreGdpShare,"
            + "spendingTargetYear,status,dissolved,dissolvedPrecision,source,provenance.dataSet,provenance.sourceId,"
            + "coveredUntil,counterparts,createdAt,updatedAt";

    private static final String TRICKY = "Mutual defence, \"one for all\"\nand all for one";

    @Inject
    Clock clock;

    private final String tag = Alliances.uniqueCode("X").toLowerCase().replace("_", "");

    private boolean created;

    @BeforeEach
    void fiveAlliances() {
        if (created) {
            return;
        }
        created = true;
        Alliances.create(Alliances.body(code("A"), tag + " A", "COLLECTIVE_DEFENSE", "EURO_ATLANTIC", "1949-04-04")
                .replace("}", ", \"description\": \"Mutual defence, \\\"one for all\\\"\\nand all for one\"}"));
        create("B", "SECURITY_PARTNERSHIP", "1951-09-01");
        create("C", "COLLECTIVE_DEFENSE", "1955-05-14");
        create("D", "SECURITY_PARTNERSHIP", "2021-09-15");
        create("E", "COLLECTIVE_DEFENSE", "2007-05-25");
    }

    @Test
    void csvAskedForThroughAcceptIsEveryMatchingAllianceUnderAHeaderRowAsAnAttachment() {
        ExtractableResponse<Response> answer = given().auth().oauth2(TestTokens.reader()).accept("text/csv")
                .get("/api/v1/alliances?q=" + tag).then().statusCode(200)
                .header("Content-Type", startsWith("text/csv"))
                .header("Content-Type", containsString("charset=UTF-8"))
                .header("Content-Disposition", equalTo("attachment; filename=\"alliances-" + LocalDate.now(clock) + ".csv\""))
                .extract();
        String body = answer.asString();
        assertEquals(HEADER, headerRow(body));
        List<CSVRecord> rows = csvRows(body);
        assertEquals(List.of(code("A"), code("B"), code("C"), code("D"), code("E")), rows.stream().map(r -> r.get("code")).toList());
        CSVRecord a = rows.get(0);
        assertEquals("COLLECTIVE_DEFENSE", a.get("kind"));
        assertEquals("1949-04-04", a.get("founded"));
        assertEquals("DETERRENCE;CYBER_DEFENSE", a.get("focusAreas"));
        assertEquals("", a.get("dissolved"));
        assertEquals("", a.get("provenance.dataSet"));
    }

    @Test
    void aValueWithACommaQuotesAndALineBreakIsQuotedWithItsQuotesDoubled() {
        String body = given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances?format=csv&q=" + tag + " A")
                .then().statusCode(200).extract().asString();
        assertEquals(true, body.contains(",\"Mutual defence, \"\"one for all\"\"\nand all for one\","), body);
        assertEquals(TRICKY, csvRows(body).get(0).get("description"));
        assertEquals(2, body.split("\r\n").length, "the header and one row, the value's line break within it");
    }

    @Test
    void ndjsonIsOneLinePerItemOfTheJsonListInItsOrderAndShape() {
        String page = given().auth().oauth2(TestTokens.reader())
                .get("/api/v1/alliances?limit=200&q=" + tag).then().statusCode(200).extract().asString();
        String ndjson = given().auth().oauth2(TestTokens.reader()).accept("application/x-ndjson")
                .get("/api/v1/alliances?q=" + tag).then().statusCode(200)
                .header("Content-Type", startsWith("application/x-ndjson"))
                .header("Content-Disposition", equalTo("attachment; filename=\"alliances-" + LocalDate.now(clock) + ".ndjson\""))
                .extract().asString();
        assertNdjsonIsTheItemsOf(page, ndjson);
    }

    @Test
    void theFiltersAndTheSortOfTheJsonListApplyAndItsPagingDoesNot() {
        String body = given().auth().oauth2(TestTokens.reader())
                .get("/api/v1/alliances?format=csv&kind=SECURITY_PARTNERSHIP&sort=-founded&limit=1&q=" + tag)
                .then().statusCode(200).extract().asString();
        assertEquals(List.of(code("D"), code("B")), csvRows(body).stream().map(r -> r.get("code")).toList());

        String nothing = given().auth().oauth2(TestTokens.reader())
                .get("/api/v1/alliances?format=csv&kind=STRATEGIC_DIALOGUE&q=" + tag).then().statusCode(200).extract().asString();
        assertEquals(HEADER + "\r\n", nothing);
    }

    @Test
    void aBadFilterIsAProblemInJsonEvenWhenCsvIsAskedFor() {
        given().auth().oauth2(TestTokens.reader()).accept("text/csv").get("/api/v1/alliances?kind=NAVAL")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("kind"));
    }

    @Test
    void anUnknownFormatIsAProblemNamingTheFormats() {
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances?format=xlsx")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("format"))
                .body("errors[0].message", containsString("allowed: json, csv, ndjson"));
    }

    @Test
    void formatJsonWinsOverAcceptAndOtherMediaTypesAreStillNotAcceptable() {
        given().auth().oauth2(TestTokens.reader()).accept("text/csv").get("/api/v1/alliances?format=json&q=" + tag)
                .then().statusCode(200).contentType("application/json").body("items.size()", equalTo(5));
        given().auth().oauth2(TestTokens.reader()).accept("application/xml").get("/api/v1/alliances")
                .then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void theOpenApiDocumentShowsTheExportsOfTheList() {
        String answer = "paths.'/api/v1/alliances'.get.responses.'200'.";
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(answer + "content.'text/csv'.schema.type", equalTo("string"))
                .body(answer + "content.'application/x-ndjson'.schema.'$ref'", equalTo("#/components/schemas/AllianceView"))
                .body(answer + "content.'application/json'.schema.properties.items.items.'$ref'",
                        equalTo("#/components/schemas/AllianceView"))
                .body(answer + "headers.'Content-Disposition'.description", containsString("attachment"))
                .body("paths.'/api/v1/alliances'.get.parameters.find { it.name == 'format' }.schema.enum",
                        equalTo(List.of("json", "csv", "ndjson")));
    }

    private String code(String letter) {
        return (tag + "_" + letter).toUpperCase();
    }

    private void create(String letter, String kind, String founded) {
        Alliances.create(Alliances.body(code(letter), tag + " " + letter, kind, "INDO_PACIFIC", founded));
    }
}

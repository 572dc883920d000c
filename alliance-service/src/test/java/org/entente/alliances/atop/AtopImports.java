package org.entente.alliances.atop;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.entente.platform.testing.TestTokens;

/** Test helpers: ATOP imports run through the API as an admin, and the imported alliances read back. */
final class AtopImports {

    static final String PATH = "/api/v1/alliances/imports";
    static final String ATOP = PATH + "/atop";
    static final String ALLIANCES = "/api/v1/alliances";

    private AtopImports() {
    }

    static Response post(byte[] file) {
        return given().auth().oauth2(TestTokens.admin()).contentType("text/csv; charset=UTF-8").body(file).post(ATOP);
    }

    /** Starts importing the file; the job as first answered (202). */
    static JsonPath start(String csv) {
        return post(csv.getBytes(StandardCharsets.UTF_8)).then().statusCode(202).extract().jsonPath();
    }

    static JsonPath job(String id) {
        return given().auth().oauth2(TestTokens.admin()).get(PATH + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** The job once it has ended (completed or failed). */
    static JsonPath ended(String id, Duration within) {
        return Awaitility.await("import " + id + " to end").atMost(within).pollInterval(Duration.ofMillis(20))
                .until(() -> job(id), job -> !"RUNNING".equals(job.getString("status")));
    }

    /** Imports the file and waits for its end; the job. */
    static JsonPath run(String csv) {
        return ended(start(csv).getString("id"), Duration.ofSeconds(60));
    }

    static JsonPath alliance(long atopId) {
        return given().auth().oauth2(TestTokens.reader()).get(ALLIANCES + "/" + Atop.code(atopId)).then().statusCode(200)
                .extract().jsonPath();
    }

    /** The alliance's members as {@code COUNTRY joined..left} (left empty while a member), in the listing's order. */
    static List<String> periods(long atopId, String query) {
        List<String> periods = new ArrayList<>();
        for (Map<String, Object> item : given().auth().oauth2(TestTokens.reader())
                .get(ALLIANCES + "/" + Atop.code(atopId) + "/members?limit=200&" + query)
                .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items")) {
            periods.add(item.get("country") + " " + item.get("joined") + ".." + (item.get("left") == null ? "" : item.get("left")));
        }
        return periods;
    }

    /** Every alliance a list query finds (all pages), as their codes. */
    static List<String> codes(String query) {
        List<String> codes = new ArrayList<>();
        String next = null;
        do {
            JsonPath page = given().auth().oauth2(TestTokens.reader())
                    .get(ALLIANCES + "?limit=200&" + query + (next == null ? "" : "&after=" + next))
                    .then().statusCode(200).extract().jsonPath();
            codes.addAll(page.getList("items.code"));
            next = page.getString("next");
        } while (next != null);
        return codes;
    }

    /** Deletes the alliance if it is there, as an admin would (the tests that need a real atopid, 3180, make room for it). */
    static void deleteIfPresent(String code) {
        Response found = given().auth().oauth2(TestTokens.reader()).get(ALLIANCES + "/" + code);
        if (found.statusCode() == 200) {
            given().auth().oauth2(TestTokens.admin()).header("If-Match", found.header("ETag")).delete(ALLIANCES + "/" + code)
                    .then().statusCode(204);
        }
    }
}

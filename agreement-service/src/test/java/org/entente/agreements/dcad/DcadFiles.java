package org.entente.agreements.dcad;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.entente.agreements.agreement.Agreements;
import org.entente.platform.testing.TestTokens;

/**
 * Test fixtures in the format of DCAD's main file, written for the tests (never copied from the data
 * set), and the calls that import them. Each test's DCAids carry a marker of its own, so that its
 * agreements are told from every other test's.
 */
final class DcadFiles {

    static final String IMPORTS = "/api/v1/agreements/imports";
    static final String UPLOAD = IMPORTS + "/dcad";
    static final String HEADER = String.join(",", Dcad.COLUMNS);

    private DcadFiles() {
    }

    /** A prefix of DCAids no other test uses, e.g. {@code DCADv1.0-T3K9Q-}. */
    static String ids() {
        return "DCADv1.0-T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36).toUpperCase() + "-";
    }

    /** A row of a general DCA between the United States and Canada signed and in force on 19 August 1994; change what a test needs. */
    static Row row(String dcaId) {
        return new Row(dcaId);
    }

    static String file(Row... rows) {
        return HEADER + "\n" + java.util.Arrays.stream(rows).map(Row::csv).collect(Collectors.joining("\n")) + "\n";
    }

    /** Uploads the text as admin and answers with the 202's job. */
    static ExtractableResponse<Response> upload(String csv) {
        return given().auth().oauth2(TestTokens.admin()).contentType("text/csv").body(csv).post(UPLOAD)
                .then().statusCode(202).extract();
    }

    /** Imports the file and waits until its job has ended. */
    static JsonPath imported(String csv) {
        return finished(upload(csv).header("Location"));
    }

    static JsonPath finished(String location) {
        return await("import " + location).atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> job(location), job -> !"RUNNING".equals(job.getString("status")));
    }

    static JsonPath job(String location) {
        return given().auth().oauth2(TestTokens.admin()).get(location).then().statusCode(200).extract().jsonPath();
    }

    /**
     * The imported agreements a list query finds whose DCAid starts with {@code ids}, by the rest of
     * their DCAid, in list order (every page walked).
     */
    static List<String> found(String ids, String query) {
        List<String> found = new ArrayList<>();
        for (Map<String, Object> item : list(query)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> provenance = (Map<String, Object>) item.get("provenance");
            String sourceId = provenance == null ? null : (String) provenance.get("sourceId");
            if (sourceId != null && sourceId.startsWith(ids)) {
                found.add(sourceId.substring(ids.length()));
            }
        }
        return found;
    }

    /** The agreement imported from the DCAid, found through the list of its party's agreements. */
    static Map<String, Object> agreement(String dcaId, String party) {
        return list("source=dcad-1.0&party=" + party).stream()
                .filter(item -> item.get("provenance") instanceof Map<?, ?> p && dcaId.equals(p.get("sourceId")))
                .findFirst().orElseThrow(() -> new AssertionError("no agreement imported from " + dcaId + " with " + party));
    }

    private static List<Map<String, Object>> list(String query) {
        List<Map<String, Object>> items = new ArrayList<>();
        String next = null;
        do {
            JsonPath page = given().auth().oauth2(TestTokens.reader())
                    .get(Agreements.PATH + "?limit=200&" + query + (next == null ? "" : "&after=" + next))
                    .then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            next = page.getString("next");
        } while (next != null);
        return items;
    }

    /** One row of the main file: every column, with the values a test sets. */
    static final class Row {

        private final Map<String, String> values = new LinkedHashMap<>();

        private Row(String dcaId) {
            Dcad.COLUMNS.forEach(column -> values.put(column, ""));
            parties(2, "USA", 20, "CAN").signed("19", "8", "1994").inForce("19", "8", "1994");
            with("type", "general").with("category1", "DCA").with("span", "-77").with("renewType", "-77").with("renewYears", "-77")
                    .with("terminated", "0").with("endYearEstimate", "2010").with("asymmetry", "1").with("categoryConf", "high")
                    .with("fullText", "Y").with("sourceType", "treaty").with("source", "Test Treaty Series").with("DCAid", dcaId);
        }

        Row with(String column, String value) {
            if (!values.containsKey(column)) {
                throw new IllegalArgumentException("DCAD has no column " + column);
            }
            values.put(column, value);
            return this;
        }

        Row parties(int ccode1, String cowName1, int ccode2, String cowName2) {
            return with("ccode1", Integer.toString(ccode1)).with("cowName1", cowName1)
                    .with("ccode2", Integer.toString(ccode2)).with("cowName2", cowName2);
        }

        Row signed(String day, String month, String year) {
            return with("signDay", day).with("signMonth", month).with("signYear", year);
        }

        Row inForce(String day, String month, String year) {
            return with("EIFDay", day).with("EIFMonth", month).with("EIFYear", year);
        }

        Row categories(String first, String second, String third) {
            return with("category1", first).with("category2", second).with("category3", third);
        }

        String csv() {
            return values.values().stream().map(v -> v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v)
                    .collect(Collectors.joining(","));
        }
    }
}

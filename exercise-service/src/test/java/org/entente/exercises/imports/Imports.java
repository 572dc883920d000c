package org.entente.exercises.imports;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.entente.platform.testing.TestTokens;

/** Test helpers: imports run through the API, as an admin. */
final class Imports {

    static final String PATH = "/api/v1/exercises/imports";
    static final String MME = PATH + "/mme";

    private Imports() {
    }

    static Response post(byte[] file) {
        return given().auth().oauth2(TestTokens.admin()).contentType("text/csv; charset=UTF-8").body(file).post(MME);
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

    /** Imports the file and waits for the end; the job. */
    static JsonPath run(MmeFile file) {
        return ended(start(file.csv()).getString("id"), Duration.ofSeconds(60));
    }
}

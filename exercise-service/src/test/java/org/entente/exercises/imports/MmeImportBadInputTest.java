package org.entente.exercises.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.entente.exercises.exercise.Exercises;
import org.entente.platform.imports.ImportJob;
import org.entente.platform.imports.ImportStatus;
import org.entente.platform.testing.AccessMatrix;
import org.entente.platform.testing.MongoAndKafka;
import org.entente.platform.testing.TestTokens;
import org.entente.platform.tokens.Roles;
import org.junit.jupiter.api.Test;

/** Files that are not what the import takes: each a problem or a failed job in words, never a 500, never half-explained. */
@QuarkusTest
@WithTestResource(MongoAndKafka.class)
class MmeImportBadInputTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    MongoImportJobStore jobs;

    private static List<String> jobIds() {
        return given().auth().oauth2(TestTokens.admin()).get(Imports.PATH).then().statusCode(200).extract().path("items.id");
    }

    private static int exercisesOf(String series) {
        return given().auth().oauth2(TestTokens.reader()).get(Exercises.PATH + "?series=" + series).then().statusCode(200)
                .extract().<List<?>>path("items").size();
    }

    private static MmeFile.Row row(String series, int n) {
        return MmeFile.row(series + n).name("Drill " + n).series(series).start(2002, 3, n).end(2002, 3, n + 1).states("Peru", "Chile");
    }

    @Test
    void anotherDataSetsFileIsRefusedNamingTheMissingColumnsAndNothingIsImported() {
        List<String> before = jobIds();
        String atop = "atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit\r\n1005,200,1815,11,20,1818,12,1\r\n";

        Imports.post(atop.getBytes(StandardCharsets.UTF_8)).then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("lacks the columns MMEID, Ex_Name, Series_Name"))
                .body("detail", containsString("nothing was imported"));
        assertEquals(before, jobIds(), "no job recorded");
    }

    @Test
    void anEmptyFileIsRefused() {
        Imports.post(new byte[0]).then().statusCode(400).contentType(PROBLEM).body("detail", containsString("The body is empty"));
    }

    @Test
    void binaryDataIsRefusedNamingTheLineItStartsOnAndNothingIsImported() {
        List<String> before = jobIds();
        byte[] garbage = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, (byte) 0xff, (byte) 0xfe, 0x00, 0x01};
        Imports.post(garbage).then().statusCode(400).contentType(PROBLEM).body("detail", containsString("binary data"));

        String series = Exercises.marker();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(MmeFile.of(row(series, 1)).csv().getBytes(StandardCharsets.UTF_8));
        file.writeBytes(new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, 0x01, (byte) 0x89, 'P', 'N', 'G'});
        Imports.post(file.toByteArray()).then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("line 3")).body("detail", containsString("nothing was imported"));

        assertEquals(before, jobIds(), "no job recorded");
        assertEquals(0, exercisesOf(series));
    }

    @Test
    void brokenQuotingMidFileFailsTheJobNamingTheLineAndARerunOfTheCorrectedFileCompletesIt() {
        String series = Exercises.marker();
        String good = MmeFile.of(row(series, 1), row(series, 2), row(series, 3).focus("live fire"), row(series, 4)).csv();
        String broken = good.replace(",live fire,", ",\"live\" fire,");

        JsonPath failed = Imports.ended(Imports.start(broken).getString("id"), Duration.ofSeconds(30));

        assertEquals("FAILED", failed.getString("status"));
        assertEquals(4, failed.getInt("failure.line"));
        String reason = failed.getString("failure.reason");
        assertTrue(reason.contains("from line 4") && reason.contains("import the corrected file"), reason);
        int imported = failed.getInt("created");
        assertTrue(imported >= 1 && imported <= 2, "the rows before line 4 (or all but the one still being read): " + reason);
        assertEquals(imported, exercisesOf(series), "what it reports is what is there");

        JsonPath rerun = Imports.ended(Imports.start(good).getString("id"), Duration.ofSeconds(30));

        assertEquals("COMPLETED", rerun.getString("status"));
        assertEquals(List.of(4 - imported, imported, 0), List.of(rerun.getInt("created"), rerun.getInt("unchanged"),
                rerun.getInt("rejected")));
        assertEquals(4, exercisesOf(series));
    }

    @Test
    void aFileOverTheLimitIsRefusedWhetherItsLengthIsAnnouncedOrNot() {
        List<String> before = jobIds();
        String header = MmeFile.of().csv();
        byte[] oversized = (header + "x".repeat(2 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8); // entente.imports.max-file-size=2M in tests

        Imports.post(oversized).then().statusCode(413).contentType(PROBLEM)
                .body("detail", containsString("entente.imports.max-file-size"));
        given().auth().oauth2(TestTokens.admin()).contentType("text/csv").body(new ByteArrayInputStream(oversized)).post(Imports.MME)
                .then().statusCode(413).contentType(PROBLEM).body("detail", containsString("entente.imports.max-file-size"));
        assertEquals(before, jobIds());
    }

    @Test
    void importsAreForAdmins() {
        AccessMatrix.requires(Roles.ADMIN, request -> request.contentType("text/csv").body("not,the,file\r\n").post(Imports.MME));
        AccessMatrix.requires(Roles.ADMIN, request -> request.get(Imports.PATH));
        AccessMatrix.requires(Roles.ADMIN, request -> request.get(Imports.PATH + "/" + UUID.randomUUID()));
        given().auth().oauth2(TestTokens.admin()).get(Imports.PATH + "/not-a-job").then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body("{}").post(Imports.MME)
                .then().statusCode(415).contentType(PROBLEM);
    }

    @Test
    void aSecondImportWhileOneRunsIsAConflictNamingTheRunningJob() {
        String series = Exercises.marker();
        ImportJob running = ImportJob.running(ExerciseDataSets.MME, "mme_v7.csv", 100, Instant.now());
        jobs.start(running, Instant.now().minus(Duration.ofMinutes(2))); // as another instance's import would
        try {
            Imports.post(MmeFile.of(row(series, 1)).csv().getBytes(StandardCharsets.UTF_8)).then().statusCode(409).contentType(PROBLEM)
                    .body("detail", containsString("An import of mme-7 is running (job " + running.id));
        } finally {
            running.status = ImportStatus.COMPLETED;
            running.finishedAt = Instant.now();
            jobs.save(running);
        }
        assertEquals(0, exercisesOf(series));
        assertEquals("COMPLETED", Imports.run(MmeFile.of(row(series, 1))).getString("status"));
    }

    @Test
    void anImportLeftRunningByAStoppedProcessIsFailedAndTheNextOneRuns() {
        String series = Exercises.marker();
        ImportJob left = ImportJob.running(ExerciseDataSets.MME, "mme_v7.csv", 100, Instant.now().minus(Duration.ofMinutes(10)));
        jobs.start(left, Instant.now().minus(Duration.ofMinutes(20)));

        assertEquals("COMPLETED", Imports.run(MmeFile.of(row(series, 1))).getString("status"));

        given().auth().oauth2(TestTokens.admin()).get(Imports.PATH + "/" + left.id).then().statusCode(200)
                .body("status", equalTo("FAILED")).body("failure.reason", containsString("abandoned"));
    }
}

package org.entente.alliances.atop;

import static io.restassured.RestAssured.given;
import static org.entente.alliances.atop.AtopFile.row;
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
import org.entente.platform.imports.ImportJob;
import org.entente.platform.imports.ImportStatus;
import org.entente.platform.imports.jpa.JpaImportJobStore;
import org.entente.platform.testing.AccessMatrix;
import org.entente.platform.testing.PostgresAndKafka;
import org.entente.platform.testing.TestTokens;
import org.entente.platform.tokens.Roles;
import org.junit.jupiter.api.Test;

/** Files that are not what the import takes: each a problem or a failed job in words, never a 500, never half-explained. */
@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class AtopImportBadInputTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    JpaImportJobStore jobs;

    private static List<String> jobIds() {
        return given().auth().oauth2(TestTokens.admin()).get(AtopImports.PATH + "?limit=200").then().statusCode(200)
                .extract().path("items.id");
    }

    /** A two-member alliance of its own. */
    private static String pact(long id) {
        return AtopFile.file(row(id, 2).entered(1960, 1, 19).owes("defense"), row(id, 740).entered(1960, 1, 19).owes("consul"));
    }

    private static int imported(long... ids) {
        int found = 0;
        for (long id : ids) {
            found += given().auth().oauth2(TestTokens.reader()).get(AtopImports.ALLIANCES + "/ATOP_" + id).statusCode() == 200 ? 1 : 0;
        }
        return found;
    }

    @Test
    void anotherDataSetsFileIsRefusedNamingTheMissingColumnsAndNothingIsImported() {
        List<String> before = jobIds();
        String dcad = "ccode1,cowName1,ccode2,cowName2,signDay,signMonth,signYear,DCAid\n2,USA,20,CAN,19,8,1994,DCADv1.0-0001\n";

        AtopImports.post(dcad.getBytes(StandardCharsets.UTF_8)).then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("atop5_1m.csv (ATOP 5.1, member-level file): its header lacks the columns atopid, member, yrent, moent, dayent,"
                        + " yrexit, moexit, dayexit, phase, defense, offense, neutral, nonagg, consul, version"))
                .body("detail", containsString("nothing was imported"));
        assertEquals(before, jobIds(), "no job recorded");
    }

    @Test
    void anEmptyFileIsRefused() {
        List<String> before = jobIds();
        AtopImports.post(new byte[0]).then().statusCode(400).contentType(PROBLEM).body("detail", containsString("The body is empty"));
        assertEquals(before, jobIds());
    }

    @Test
    void binaryDataIsRefusedNamingTheLineItStartsOnAndNothingIsImported() {
        List<String> before = jobIds();
        byte[] garbage = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, (byte) 0xff, (byte) 0xfe, 0x00, 0x01};
        AtopImports.post(garbage).then().statusCode(400).contentType(PROBLEM).body("detail", containsString("binary data"));

        long id = AtopFile.newId();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(pact(id).getBytes(StandardCharsets.UTF_8));
        file.writeBytes(new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, 0x01, (byte) 0x89, 'P', 'N', 'G'});
        AtopImports.post(file.toByteArray()).then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("line 4")).body("detail", containsString("nothing was imported"));

        assertEquals(before, jobIds(), "no job recorded");
        assertEquals(0, imported(id));
    }

    @Test
    void brokenQuotingMidFileFailsTheJobNamingTheLineAndARerunOfTheCorrectedFileCompletesIt() {
        long first = AtopFile.newId();
        long second = AtopFile.newId();
        long third = AtopFile.newId();
        String good = AtopFile.file(
                row(first, 2).entered(1960, 1, 19).owes("defense"), row(first, 740).entered(1960, 1, 19).owes("consul"),
                row(second, 2).entered(1961, 1, 19).owes("defense"), row(second, 732).entered(1961, 1, 19).owes("consul"),
                row(third, 2).entered(1962, 1, 19).owes("defense"), row(third, 713).entered(1962, 1, 19).owes("consul"));
        String brokenRow = row(second, 732).entered(1961, 1, 19).owes("consul").csv();
        String broken = good.replace(brokenRow, brokenRow.replaceFirst(",1,", ",\"1\"x,"));

        JsonPath failed = AtopImports.ended(AtopImports.start(broken).getString("id"), Duration.ofSeconds(30));

        assertEquals("FAILED", failed.getString("status"));
        assertEquals(5, failed.getInt("failure.line"));
        String reason = failed.getString("failure.reason");
        assertTrue(reason.contains("from line 5") && reason.contains("import the corrected file"), reason);
        assertEquals(1, failed.getInt("created"), "the alliance before the broken one: " + reason);
        assertEquals(1, imported(first, second, third), "what it reports is what is there");

        JsonPath rerun = AtopImports.run(good);

        assertEquals(List.of("COMPLETED", 2, 1, 0), List.of(rerun.getString("status"), rerun.getInt("created"),
                rerun.getInt("unchanged"), rerun.getInt("rejected")));
        assertEquals(3, imported(first, second, third));
    }

    @Test
    void aFileOverTheLimitIsRefusedWhetherItsLengthIsAnnouncedOrNot() {
        List<String> before = jobIds();
        // entente.imports.max-file-size=1M in tests
        byte[] oversized = (AtopFile.file() + "x".repeat(1536 * 1024)).getBytes(StandardCharsets.UTF_8);

        AtopImports.post(oversized).then().statusCode(413).contentType(PROBLEM)
                .body("detail", containsString("entente.imports.max-file-size"));
        given().auth().oauth2(TestTokens.admin()).contentType("text/csv").body(new ByteArrayInputStream(oversized)).post(AtopImports.ATOP)
                .then().statusCode(413).contentType(PROBLEM).body("detail", containsString("entente.imports.max-file-size"));
        assertEquals(before, jobIds());
    }

    @Test
    void importsAreForAdmins() {
        AccessMatrix.requires(Roles.ADMIN, request -> request.contentType("text/csv").body("not,the,file\n").post(AtopImports.ATOP));
        AccessMatrix.requires(Roles.ADMIN, request -> request.get(AtopImports.PATH));
        AccessMatrix.requires(Roles.ADMIN, request -> request.get(AtopImports.PATH + "/" + UUID.randomUUID()));
        given().auth().oauth2(TestTokens.editor()).contentType("text/csv").body(pact(AtopFile.newId())).post(AtopImports.ATOP)
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.admin()).get(AtopImports.PATH + "/not-a-job").then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body("{}").post(AtopImports.ATOP)
                .then().statusCode(415).contentType(PROBLEM);
    }

    @Test
    void aSecondImportWhileOneRunsIsAConflictNamingTheRunningJob() {
        long id = AtopFile.newId();
        ImportJob running = ImportJob.running(Atop.DATA_SET, "atop5_1m.csv", 100, Instant.now());
        jobs.start(running, Instant.now().minus(Duration.ofMinutes(2))); // as another instance's import would
        try {
            AtopImports.post(pact(id).getBytes(StandardCharsets.UTF_8)).then().statusCode(409).contentType(PROBLEM)
                    .body("detail", containsString("An import of atop-5.1 is running (job " + running.id));
        } finally {
            running.status = ImportStatus.COMPLETED;
            running.finishedAt = Instant.now();
            jobs.save(running);
        }
        assertEquals(0, imported(id));
        assertEquals("COMPLETED", AtopImports.run(pact(id)).getString("status"));
    }

    @Test
    void pastImportsAreListedNewestFirstWithoutTheirRejectedRows() {
        long id = AtopFile.newId();
        String latest = AtopImports.run(AtopFile.file(row(id, 2).entered(1960, 1, 19).owes("defense"),
                row(id, 8152).entered(1960, 1, 19).owes("consul"), row(id, 740).entered(1960, 1, 19).owes("consul"))).getString("id");

        given().auth().oauth2(TestTokens.admin()).get(AtopImports.PATH).then().statusCode(200)
                .body("items[0].id", equalTo(latest)).body("items[0].rejected", equalTo(1))
                .body("items[0].dataSet", equalTo("atop-5.1")).body("items[0].citation", containsString("Leeds"))
                .body("items[0].rejections", equalTo(null));
        given().auth().oauth2(TestTokens.admin()).get(AtopImports.PATH + "/" + latest).then().statusCode(200)
                .body("rejections[0].line", equalTo(3)).body("rejections[0].sourceId", equalTo(Long.toString(id)))
                .body("rejections[0].reason", containsString("8152"));
    }
}

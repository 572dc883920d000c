package org.entente.agreements.dcad;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.entente.agreements.dcad.DcadFiles.IMPORTS;
import static org.entente.agreements.dcad.DcadFiles.UPLOAD;
import static org.entente.agreements.dcad.DcadFiles.file;
import static org.entente.agreements.dcad.DcadFiles.found;
import static org.entente.agreements.dcad.DcadFiles.imported;
import static org.entente.agreements.dcad.DcadFiles.row;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.agreements.agreement.Agreements;
import org.entente.platform.cloudevents.DomainEvent;
import org.entente.platform.outbox.OutboxRelay;
import org.entente.platform.testing.AccessMatrix;
import org.entente.platform.testing.KafkaEvents;
import org.entente.platform.testing.PostgresAndKafka;
import org.entente.platform.testing.TestTokens;
import org.entente.platform.tokens.Roles;
import org.junit.jupiter.api.Test;

/** What an import does with files that are not what it expects, with corrections, and with several at once. */
@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class DcadImportProblemsTest {

    private static final String TOPIC = "agreements.events";

    @Inject
    AgroalDataSource database;

    @Inject
    OutboxRelay relay;

    private static ValidatableResponse post(byte[] body) {
        return given().auth().oauth2(TestTokens.admin()).contentType("text/csv").body(body).post(UPLOAD).then();
    }

    private static int imports() {
        return given().auth().oauth2(TestTokens.admin()).get(IMPORTS + "?limit=200").then().statusCode(200)
                .extract().path("items.size()");
    }

    private static String idOf(String dcaId, String party) {
        return (String) DcadFiles.agreement(dcaId, party).get("id");
    }

    @Test
    void anotherDataSetsFileIsRefusedNamingTheColumnsItLacksAndNothingIsImported() {
        int before = imports();
        String atop = "atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,defense,offense\n3180,2,1949,8,24,0,0,0,1,0\n";
        post(atop.getBytes(StandardCharsets.UTF_8)).statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("This is not DCAD-v1.0-main.csv (DCAD 1.0, main file): its header"
                        + " lacks the columns ccode1, cowName1, ccode2"))
                .body("detail", containsString("DCAid (it begins \"atopid\", \"member\""))
                .body("detail", containsString("nothing was imported"));
        assertEquals(before, imports());
    }

    @Test
    void anEmptyFileIsRefused() {
        post(new byte[0]).statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("The body is empty: send DCAD-v1.0-main.csv (DCAD 1.0, main file) as it was"
                        + " downloaded"));
    }

    @Test
    void binaryDataIsRefusedNamingTheLineWhereItStarts() {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        byte[] file = (DcadFiles.HEADER + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[file.length + garbage.length];
        System.arraycopy(file, 0, body, 0, file.length);
        System.arraycopy(garbage, 0, body, file.length, garbage.length);
        int before = imports();

        post(body).statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("The file is not DCAD-v1.0-main.csv (DCAD 1.0, main file): line 2"))
                .body("detail", containsString("nothing was imported"));
        post(new byte[] {'P', 'K', 3, 4, 20, 0, 8, 0, 8, 0}).statusCode(400)
                .body("detail", containsString("it is a ZIP archive (unpack it and send the CSV file it holds)"));
        assertEquals(before, imports());
    }

    @Test
    void aFileOverTheImportLimitIsRefusedWith413() {
        String ids = DcadFiles.ids();
        StringBuilder big = new StringBuilder(DcadFiles.HEADER).append('\n');
        for (int i = 0; big.length() <= 600 * 1024; i++) {
            big.append(row(ids + i).csv()).append('\n');
        }
        post(big.toString().getBytes(StandardCharsets.UTF_8)).statusCode(413).contentType("application/problem+json")
                .body("detail", equalTo("The file is over the import limit of 512 KiB (entente.imports.max-file-size); nothing was"
                        + " imported"));
        assertEquals(List.of(), found(ids, "pair=USA,CAN"));
    }

    @Test
    void brokenQuotingMidFileFailsTheJobNamingTheLineAndARerunOfTheCorrectedFileCompletesIt() {
        String ids = DcadFiles.ids();
        String broken = file(row(ids + "1"), row(ids + "2"), row(ids + "3"))
                + row(ids + "4").with("source", "X").csv().replace(",X,", ",\"Test\"Series,") + "\n"   // line 5
                + row(ids + "5").csv() + "\n";

        JsonPath failed = imported(broken);

        assertEquals("FAILED", failed.getString("status"));
        assertEquals(5, failed.getInt("failure.line"));
        String reason = failed.getString("failure.reason");
        assertTrue(reason.startsWith("the file cannot be read as CSV from line 5 on (Invalid character between encapsulated"
                + " token and delimiter"), reason);
        assertTrue(reason.endsWith("); the rows before line 4 are imported, not line 4, since a record may go on at line 5:"
                + " import the corrected file to complete the import"), reason);
        assertEquals(2, failed.getInt("rowsRead"));
        assertEquals(2, failed.getInt("created"));
        assertEquals(List.of("1", "2"), found(ids, "pair=USA,CAN").stream().sorted().toList());

        JsonPath rerun = imported(broken.replace("\"Test\"Series", "\"Test Series\""));

        assertEquals("COMPLETED", rerun.getString("status"));
        assertEquals(2, rerun.getInt("unchanged"));
        assertEquals(3, rerun.getInt("created"));
        assertEquals(List.of("1", "2", "3", "4", "5"), found(ids, "pair=USA,CAN").stream().sorted().toList());
    }

    @Test
    void aCorrectedRowUpdatesItsAgreementWithOneUpdateEvent() {
        String ids = DcadFiles.ids();
        imported(file(row(ids + "1"), row(ids + "2")));
        String corrected = idOf(ids + "2", "CAN");

        JsonPath again = imported(file(row(ids + "1"), row(ids + "2").categories("DCA", "TREX", "")));

        assertEquals(1, again.getInt("updated"));
        assertEquals(1, again.getInt("unchanged"));
        List<DomainEvent> events = KafkaEvents.settled(relay, TOPIC, corrected);
        assertEquals(List.of("org.entente.agreement.proposed.v1", "org.entente.agreement.signed.v1",
                "org.entente.agreement.entered-into-force.v1", "org.entente.agreement.updated.v1"),
                events.stream().map(DomainEvent::type).toList());
        assertTrue(events.get(3).dataAsString().contains("\"changed\":[\"scopeAreas\",\"sourceValues\"]"), events.get(3).dataAsString());
        Agreements.get(corrected).then().body("scopeAreas", equalTo(List.of("DEFENSE_COOPERATION", "TRAINING_AND_EXERCISES")))
                .body("sourceValues.category2", equalTo("TREX"));
        assertEquals(3, KafkaEvents.settled(relay, TOPIC, idOf(ids + "1", "CAN")).size());
    }

    @Test
    void anEntryIntoForceTheFileNowKnowsIsRecordedAsThatStepAndOneTheFileNoLongerHasIsNotTakenBack() {
        String ids = DcadFiles.ids();
        imported(file(row(ids + "1").inForce("", "", ""), row(ids + "2")));
        String entering = idOf(ids + "1", "CAN");

        JsonPath again = imported(file(row(ids + "1"), row(ids + "2").inForce("", "", "")));

        assertEquals(1, again.getInt("updated"));
        assertEquals(1, again.getInt("rejected"));
        assertEquals(3, again.getInt("rejections[0].line"));
        assertTrue(again.getString("rejections[0].reason").startsWith("no entry into force any more: the agreement imported from"
                + " it before entered into force in 1994-08-19, and a lifecycle step is not taken back"), again.prettify());
        Agreements.get(entering).then().body("status", equalTo("IN_FORCE")).body("enteredIntoForce", equalTo("1994-08-19"));
        assertEquals(List.of("org.entente.agreement.proposed.v1", "org.entente.agreement.signed.v1",
                "org.entente.agreement.entered-into-force.v1"),
                KafkaEvents.settled(relay, TOPIC, entering).stream().map(DomainEvent::type).toList());
        Agreements.get(idOf(ids + "2", "CAN")).then().body("enteredIntoForce", equalTo("1994-08-19"));
    }

    @Test
    void progressShowsWhileAnImportRunsAndASecondImportOfDcadMeanwhileIsAConflict() throws Exception {
        String ids = DcadFiles.ids();
        imported(file(row(ids + "1"), row(ids + "2"), row(ids + "3")));
        String held = idOf(ids + "2", "CAN");
        String corrected = file(row(ids + "1"), row(ids + "2").with("categoryConf", "low"), row(ids + "3"));

        try (Connection lock = database.getConnection()) {
            lock.setAutoCommit(false);
            try (PreparedStatement statement = lock.prepareStatement("SELECT id FROM agreement WHERE id = ? FOR UPDATE")) {
                statement.setObject(1, UUID.fromString(held));
                try (ResultSet locked = statement.executeQuery()) {
                    assertTrue(locked.next());
                }
            }
            // the import waits at the second row, which it must change, until the lock is released
            String location = DcadFiles.upload(corrected).header("Location");
            JsonPath running = await("progress of the first row").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                    .until(() -> DcadFiles.job(location), job -> job.getInt("unchanged") == 1);
            assertEquals("RUNNING", running.getString("status"));
            assertEquals(1, running.getInt("rowsRead"));

            given().auth().oauth2(TestTokens.admin()).contentType("text/csv").body(corrected).post(UPLOAD).then()
                    .statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("An import of dcad-1.0 is running (job " + running.getString("id")));
            lock.rollback();

            JsonPath done = DcadFiles.finished(location);
            assertEquals("COMPLETED", done.getString("status"));
            assertEquals(List.of(2, 1, 0), List.of(done.getInt("unchanged"), done.getInt("updated"), done.getInt("created")));
        }
    }

    @Test
    void pastImportsAreListedNewestFirstWithoutTheirRejectedRows() {
        String ids = DcadFiles.ids();
        String older = DcadFiles.upload(file(row(ids + "1"))).header("Location");
        DcadFiles.finished(older);
        String newer = DcadFiles.upload(file(row(ids + "1"), row(ids + "2").parties(2, "USA", 2, "USA"))).header("Location");
        JsonPath newest = DcadFiles.finished(newer);

        JsonPath list = given().auth().oauth2(TestTokens.admin()).get(IMPORTS).then().statusCode(200).extract().jsonPath();
        assertEquals(newest.getString("id"), list.getString("items[0].id"));
        assertTrue(older.endsWith(list.getString("items[1].id")), older);
        assertEquals(1, list.getInt("items[0].rejected"));
        given().auth().oauth2(TestTokens.admin()).get(IMPORTS).then().body("items[0]", not(hasKey("rejections")))
                .body("next", equalTo(null));
        assertEquals(1, newest.getList("rejections").size());
    }

    @Test
    void anUnknownImportIsNotFound() {
        given().auth().oauth2(TestTokens.admin()).get(IMPORTS + "/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).get(IMPORTS + "/not-an-id").then().statusCode(404);
    }

    @Test
    void importingAndReadingImportsNeedTheAdminRole() {
        AccessMatrix.requires(Roles.ADMIN, request -> request.contentType("text/csv").body("").post(UPLOAD));
        AccessMatrix.requires(Roles.ADMIN, request -> request.get(IMPORTS));
        AccessMatrix.requires(Roles.ADMIN, request -> request.get(IMPORTS + "/" + UUID.randomUUID()));
    }

    @Test
    void aFileThatIsNotCsvIsAnUnsupportedMediaType() {
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(Map.of("a", 1)).post(UPLOAD).then()
                .statusCode(415).contentType("application/problem+json");
    }
}

package org.entente.agreements.milestone;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.entente.agreements.agreement.Agreements;
import org.entente.platform.cloudevents.DomainEvent;
import org.entente.platform.testing.AccessMatrix;
import org.entente.platform.testing.KafkaEvents;
import org.entente.platform.testing.MutableClock;
import org.entente.platform.testing.PostgresAndKafka;
import org.entente.platform.testing.TestTokens;
import org.entente.platform.tokens.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class MilestoneTest {

    private static final String TOPIC = "agreements.events";

    @Inject
    MutableClock clock;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    private static String agreement(String partyA, String partyB) {
        return Agreements.create(Agreements.body(partyA, partyB, "Milestones " + Agreements.marker())).path("id");
    }

    private static String milestones(String agreementId) {
        return Agreements.PATH + "/" + agreementId + "/milestones";
    }

    private static io.restassured.response.ExtractableResponse<io.restassured.response.Response> add(String agreementId, String json) {
        return given().auth().oauth2(TestTokens.editor()).contentType("application/json").body(json)
                .post(milestones(agreementId)).then().statusCode(201).extract();
    }

    @Test
    void aMilestoneIsAddedReadAndReportedOnWithAnEventEachTime() {
        String agreementId = agreement("USA", "PHL");
        var added = add(agreementId, "{\"title\": \"Runway upgrade at the first agreed location\", \"due\": \"2031-06-30\"}");
        String id = added.path("id");
        assertTrue(added.header("Location").endsWith(milestones(agreementId) + "/" + id));

        given().auth().oauth2(TestTokens.reader()).get(milestones(agreementId) + "/" + id).then().statusCode(200)
                .header("ETag", added.header("ETag"))
                .body("status", equalTo("PLANNED")).body("progress", equalTo(0)).body("overdue", equalTo(false))
                .body("agreement.id", equalTo(agreementId)).body("agreement.parties", contains("USA", "PHL"));

        var progressed = given().auth().oauth2(TestTokens.editor()).contentType("application/merge-patch+json")
                .header("If-Match", added.header("ETag")).body("{\"status\": \"IN_PROGRESS\", \"progress\": 40, \"notes\": \"Contract awarded\"}")
                .patch(milestones(agreementId) + "/" + id).then().statusCode(200)
                .header("ETag", not(added.header("ETag"))).body("progress", equalTo(40)).extract();
        given().auth().oauth2(TestTokens.editor()).contentType("application/merge-patch+json")
                .header("If-Match", progressed.header("ETag")).body("{\"status\": \"COMPLETED\"}")
                .patch(milestones(agreementId) + "/" + id).then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("progress", equalTo(100));

        List<DomainEvent> events = KafkaEvents.about(TOPIC, agreementId, e -> e.size() >= 4, Duration.ofSeconds(20));
        assertEquals(List.of("org.entente.agreement.milestone-updated.v1"), events.subList(1, 4).stream().map(DomainEvent::type).distinct().toList());
        String last = events.get(3).dataAsString();
        assertTrue(last.contains("\"changed\":[\"status\",\"progress\"]") && last.contains("\"milestone\":{") && last.contains("\"agreement\":{"), last);
    }

    @Test
    void progressOutside0To100AndACompletedMilestoneBelow100AreRefused() {
        String agreementId = agreement("USA", "PHL");
        for (String[] bad : List.of(new String[] {"{\"title\": \"X\", \"due\": \"2030-01-01\", \"progress\": 101}", "progress"},
                new String[] {"{\"title\": \"X\", \"due\": \"2030-01-01\", \"progress\": -1}", "progress"},
                new String[] {"{\"title\": \"X\", \"due\": \"2030-01-01\", \"status\": \"COMPLETED\", \"progress\": 90}", "progress"},
                new String[] {"{\"title\": \"X\", \"due\": \"2030-01-01\", \"status\": \"LATE\"}", "status"},
                new String[] {"{\"title\": \"X\"}", "due"},
                new String[] {"{\"due\": \"2030-01-01\"}", "title"})) {
            given().auth().oauth2(TestTokens.editor()).contentType("application/json").body(bad[0])
                    .post(milestones(agreementId)).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(bad[1]));
        }
        var added = add(agreementId, "{\"title\": \"Y\", \"due\": \"2030-01-01\"}");
        given().auth().oauth2(TestTokens.editor()).contentType("application/merge-patch+json").header("If-Match", added.header("ETag"))
                .body("{\"progress\": 150}").patch(milestones(agreementId) + "/" + added.path("id"))
                .then().statusCode(400).body("errors[0].field", equalTo("progress"));
        given().auth().oauth2(TestTokens.editor()).contentType("application/merge-patch+json")
                .body("{\"progress\": 50}").patch(milestones(agreementId) + "/" + added.path("id")).then().statusCode(428);
        given().auth().oauth2(TestTokens.reader()).get(milestones(agreementId)).then()
                .body("items.title", contains("Y")).body("items[0].progress", equalTo(0));
    }

    @Test
    void overdueMilestonesAcrossAllAgreementsAreTheOpenOnesPastTheirDueDay() {
        LocalDate today = LocalDate.of(2031, 1, 15);
        String mine = agreement("ISL", "NOR");
        String other = agreement("ISL", "DNK");
        add(mine, "{\"title\": \"Late\", \"due\": \"2031-01-14\", \"status\": \"IN_PROGRESS\", \"progress\": 60}");
        add(mine, "{\"title\": \"Due today\", \"due\": \"2031-01-15\"}");
        add(mine, "{\"title\": \"Done late\", \"due\": \"2030-01-01\", \"status\": \"COMPLETED\"}");
        add(other, "{\"title\": \"Very late\", \"due\": \"2029-05-01\"}");
        add(other, "{\"title\": \"Dropped\", \"due\": \"2029-05-01\", \"status\": \"CANCELLED\"}");

        clock.setToday(today);
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/milestones?overdue=true&party=ISL").then().statusCode(200)
                .body("items.title", contains("Very late", "Late"))
                .body("items.overdue", contains(true, true))
                .body("items[1].agreement.id", equalTo(mine));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/milestones?overdue=true&party=NOR").then()
                .body("items.title", contains("Late"));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/milestones?party=ISL&status=COMPLETED").then()
                .body("items.title", contains("Done late"));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/milestones?overdue=maybe").then().statusCode(400)
                .body("errors[0].field", equalTo("overdue"));
    }

    @Test
    void aMilestoneRemovedWithIfMatchIsGoneAndAnotherAgreementsMilestoneIsNotFound() {
        String agreementId = agreement("USA", "PHL");
        String otherAgreement = agreement("USA", "PHL");
        var added = add(agreementId, "{\"title\": \"Mistake\", \"due\": \"2030-01-01\"}");
        String path = milestones(agreementId) + "/" + added.path("id");
        given().auth().oauth2(TestTokens.reader()).get(milestones(otherAgreement) + "/" + added.path("id")).then().statusCode(404);
        given().auth().oauth2(TestTokens.editor()).header("If-Match", "\"99\"").delete(path).then().statusCode(412);
        given().auth().oauth2(TestTokens.editor()).header("If-Match", added.header("ETag")).delete(path).then().statusCode(204);
        given().auth().oauth2(TestTokens.reader()).get(path).then().statusCode(404).contentType("application/problem+json");
        assertEquals("org.entente.agreement.milestone-removed.v1",
                KafkaEvents.about(TOPIC, agreementId, e -> e.size() >= 3, Duration.ofSeconds(20)).get(2).type());
    }

    @Test
    void readingNeedsTheReaderRoleAndWritingTheEditorRole() {
        String agreementId = agreement("USA", "PHL");
        AccessMatrix.requires(Roles.READER, request -> request.get(milestones(agreementId)));
        AccessMatrix.requires(Roles.READER, request -> request.get("/api/v1/milestones?overdue=true"));
        AccessMatrix.requires(Roles.EDITOR, request -> request.contentType("application/json")
                .body("{\"title\": \"X\", \"due\": \"2030-01-01\"}").post(milestones(agreementId)));
    }
}

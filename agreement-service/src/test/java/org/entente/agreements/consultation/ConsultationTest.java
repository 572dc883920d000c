package org.entente.agreements.consultation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import org.entente.agreements.agreement.Agreements;
import org.entente.platform.cloudevents.DomainEvent;
import org.entente.platform.testing.AccessMatrix;
import org.entente.platform.testing.KafkaEvents;
import org.entente.platform.testing.PostgresAndKafka;
import org.entente.platform.testing.TestTokens;
import org.entente.platform.tokens.Roles;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class ConsultationTest {

    private static String consultations(String agreementId) {
        return Agreements.PATH + "/" + agreementId + "/consultations";
    }

    @Test
    void consultationsAreRecordedListedLatestFirstAndPublished() {
        String agreementId = Agreements.propose("Consulted " + Agreements.marker()).path("id");
        var first = given().auth().oauth2(TestTokens.editor()).contentType("application/json").body("""
                {"held": "2023-01-11", "level": "MINISTERIAL", "name": "Security Consultative Committee (2+2)",
                 "location": "Washington, D.C.", "topics": ["Extended deterrence", "Command and control"], "outcome": "Joint statement"}""")
                .post(consultations(agreementId)).then().statusCode(201).extract();
        given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                .body("{\"held\": \"2024-07-28\", \"level\": \"STAFF\"}")
                .post(consultations(agreementId)).then().statusCode(201);

        given().auth().oauth2(TestTokens.reader()).get(first.header("Location")).then().statusCode(200)
                .body("topics", contains("Extended deterrence", "Command and control"));
        given().auth().oauth2(TestTokens.reader()).get(consultations(agreementId)).then().statusCode(200)
                .body("items.held", contains("2024-07-28", "2023-01-11"))
                .body("items.level", contains("STAFF", "MINISTERIAL"));
        given().auth().oauth2(TestTokens.reader()).get(consultations(agreementId) + "?sort=held&limit=1").then()
                .body("items.held", contains("2023-01-11"));

        DomainEvent recorded = KafkaEvents.about("agreements.events", agreementId, e -> e.size() >= 2, Duration.ofSeconds(20)).get(1);
        assertEquals("org.entente.agreement.consultation-recorded.v1", recorded.type());
        assertTrue(recorded.dataAsString().contains("\"consultation\":{") && recorded.dataAsString().contains("2023-01-11"),
                recorded.dataAsString());
    }

    @Test
    void aConsultationMustBeDatedNotInTheFutureAndLeveled() {
        String agreementId = Agreements.propose("Unconsulted " + Agreements.marker()).path("id");
        for (String[] bad : new String[][] {
                {"{\"level\": \"MINISTERIAL\"}", "held"},
                {"{\"held\": \"2020-01-01\"}", "level"},
                {"{\"held\": \"2020-01-01\", \"level\": \"CHAT\"}", "level"},
                {"{\"held\": \"" + LocalDate.now().plusDays(1) + "\", \"level\": \"STAFF\"}", "held"},
                {"{\"held\": \"2020-01-01\", \"level\": \"STAFF\", \"topics\": [\"\"]}", "topics[0]"}}) {
            given().auth().oauth2(TestTokens.editor()).contentType("application/json").body(bad[0])
                    .post(consultations(agreementId)).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(bad[1]));
        }
        given().auth().oauth2(TestTokens.reader()).get(consultations(agreementId)).then().body("items", org.hamcrest.Matchers.empty());
        given().auth().oauth2(TestTokens.reader()).get(consultations("1b4e28ba-2fa1-11d2-883f-0016d3cca427")).then().statusCode(404);
    }

    @Test
    void recordingNeedsTheEditorRole() {
        String agreementId = Agreements.propose("Guarded " + Agreements.marker()).path("id");
        AccessMatrix.requires(Roles.EDITOR, request -> request.contentType("application/json")
                .body("{\"held\": \"2020-01-01\", \"level\": \"STAFF\"}").post(consultations(agreementId)));
    }
}

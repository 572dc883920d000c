package org.entente.alliances.clause;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.entente.platform.testing.AccessMatrix;
import org.entente.platform.testing.KafkaEvents;
import org.entente.platform.testing.PostgresAndKafka;
import org.entente.platform.testing.TestTokens;
import org.entente.platform.tokens.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class ClauseInvocationTest {

    private String code;
    private String allianceId;

    @BeforeEach
    void anAllianceWithAClauseAndAMember() {
        code = "C_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
        allianceId = given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                .body("""
                        {"code": "%s", "name": "Clause Pact %s", "kind": "COLLECTIVE_DEFENSE", "region": "EURO_ATLANTIC",
                         "founded": "1949-04-04", "collectiveDefenseClause": "Article 5"}""".formatted(code, code))
                .post("/api/v1/alliances").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                .body("{\"country\": \"USA\", \"role\": \"FOUNDING_MEMBER\", \"joined\": \"1949-08-24\"}")
                .post("/api/v1/alliances/" + code + "/members").then().statusCode(201);
    }

    private io.restassured.response.Response invoke(String body) {
        return given().auth().oauth2(TestTokens.editor()).contentType("application/json").body(body)
                .post("/api/v1/alliances/" + code + "/clause-invocations");
    }

    @Test
    void anInvocationIsRecordedListedAndPublished() {
        invoke("{\"date\": \"2001-09-12\", \"invokingMember\": \"USA\", \"description\": \"After the attacks of 11 September 2001\"}")
                .then().statusCode(201).body("date", equalTo("2001-09-12"));

        given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/" + code + "/clause-invocations")
                .then().statusCode(200).body("items.size()", equalTo(1)).body("items[0].invokingMember", equalTo("USA"));
        var events = KafkaEvents.about("alliances.events", allianceId,
                e -> e.stream().anyMatch(x -> x.type().endsWith("clause-invoked.v1")), Duration.ofSeconds(20));
        assertTrue(events.stream().anyMatch(e -> e.type().equals("org.entente.alliance.clause-invoked.v1")));
    }

    @Test
    void onlyAMemberOfThatDayCanInvoke() {
        invoke("{\"date\": \"2001-09-12\", \"invokingMember\": \"FRA\", \"description\": \"x\"}")
                .then().statusCode(400).body("errors[0].field", equalTo("invokingMember"));
        invoke("{\"date\": \"1949-05-01\", \"invokingMember\": \"USA\", \"description\": \"x\"}")
                .then().statusCode(400).body("errors[0].field", equalTo("invokingMember"));
    }

    @Test
    void badInputIsNamed() {
        invoke("{\"date\": \"1900-01-01\", \"invokingMember\": \"USA\", \"description\": \"x\"}")
                .then().statusCode(400).body("errors[0].field", equalTo("date"));
        invoke("{\"date\": \"2001-09-12\", \"invokingMember\": \"ZZZ\", \"description\": \"\"}")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItems("invokingMember", "description"));
    }

    @Test
    void anAllianceWithoutAClauseCannotInvokeOne() {
        String etag = given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/" + code).then().extract().header("ETag");
        given().auth().oauth2(TestTokens.editor()).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"collectiveDefenseClause\": null}").patch("/api/v1/alliances/" + code).then().statusCode(200);
        invoke("{\"date\": \"2001-09-12\", \"invokingMember\": \"USA\", \"description\": \"x\"}")
                .then().statusCode(409).body("detail", containsString("no collective-defense clause"));
    }

    @Test
    void recordingNeedsTheEditorRole() {
        AccessMatrix.requires(Roles.EDITOR, request -> request.contentType("application/json").body("{}")
                .post("/api/v1/alliances/" + code + "/clause-invocations"));
    }
}

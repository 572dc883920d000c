package org.entente.alliances.burden;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.entente.platform.testing.AccessMatrix;
import org.entente.platform.testing.KafkaEvents;
import org.entente.platform.testing.PostgresAndKafka;
import org.entente.platform.testing.TestTokens;
import org.entente.platform.tokens.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An alliance with a 2 % target and three members (USA, FRA from 1949, FIN from 2023-04-04). */
@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class BurdenSharingTest {

    private String code;
    private String allianceId;

    @BeforeEach
    void anAllianceWithATarget() {
        code = "B_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
        allianceId = given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                .body("""
                        {"code": "%s", "name": "Burden Pact %s", "kind": "COLLECTIVE_DEFENSE", "region": "EURO_ATLANTIC",
                         "founded": "1949-04-04", "spendingTargetGdpShare": 2.0}""".formatted(code, code))
                .post("/api/v1/alliances").then().statusCode(201).extract().path("id");
        for (String[] member : List.of(new String[] {"USA", "1949-08-24"}, new String[] {"FRA", "1949-08-24"},
                new String[] {"FIN", "2023-04-04"})) {
            given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                    .body("{\"country\": \"" + member[0] + "\", \"role\": \"MEMBER\", \"joined\": \"" + member[1] + "\"}")
                    .post("/api/v1/alliances/" + code + "/members").then().statusCode(201);
        }
    }

    private Response put(int year, String country, String body, String ifMatch) {
        var request = given().auth().oauth2(TestTokens.editor()).contentType("application/json").body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.put("/api/v1/alliances/" + code + "/burden-sharing/" + year + "/" + country);
    }

    @Test
    void theReportComparesEachMemberWithTheTargetAndWeighsByGdp() {
        // USA: 300 at 3 % (GDP 10000); FRA: 100 at 1 % (GDP 10000); FIN: no figure for 2023
        put(2023, "USA", "{\"expenditureUsd\": 300, \"gdpShare\": 3.0}", null).then().statusCode(201);
        put(2023, "FRA", "{\"expenditureUsd\": 100, \"gdpShare\": 1.0}", null).then().statusCode(201);

        Map<String, Object> report = given().auth().oauth2(TestTokens.reader())
                .get("/api/v1/alliances/" + code + "/burden-sharing/2023")
                .then().statusCode(200).extract().as(Map.class);

        assertEquals(2.0, ((Number) report.get("targetGdpShare")).doubleValue());
        assertEquals(List.of("USA"), report.get("meetingTarget"));
        assertEquals(400.0, ((Number) report.get("totalExpenditureUsd")).doubleValue());
        assertEquals(2.0, ((Number) report.get("gdpWeightedShare")).doubleValue(), "400 of a GDP of 20000");
        assertEquals(List.of("FIN"), report.get("withoutFigures"));
    }

    @Test
    void aTargetWithACoreShareIsMetByAFigureReachingTheCoreShare() {
        String etag = given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/" + code).header("ETag");
        given().auth().oauth2(TestTokens.editor()).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"spendingTargetGdpShare\": 5.0, \"spendingTargetCoreGdpShare\": 3.5, \"spendingTargetYear\": 2035}")
                .patch("/api/v1/alliances/" + code).then().statusCode(200);
        put(2024, "USA", "{\"expenditureUsd\": 360, \"gdpShare\": 3.6}", null).then().statusCode(201).body("meetsTarget", equalTo(true));
        put(2024, "FRA", "{\"expenditureUsd\": 200, \"gdpShare\": 2.0}", null).then().statusCode(201).body("meetsTarget", equalTo(false));

        given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/" + code + "/burden-sharing/2024").then().statusCode(200)
                .body("targetGdpShare", equalTo(5.0f)).body("targetCoreGdpShare", equalTo(3.5f))
                .body("meetingTarget", equalTo(List.of("USA")));
    }

    @Test
    void aCoreShareAboveTheTargetIsRefused() {
        String etag = given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/" + code).header("ETag");
        given().auth().oauth2(TestTokens.editor()).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"spendingTargetCoreGdpShare\": 3.5}")
                .patch("/api/v1/alliances/" + code).then().statusCode(400)
                .body("errors[0].field", equalTo("spendingTargetCoreGdpShare"));
    }

    @Test
    void aYearBeforeAMemberJoinedLeavesItOutOfTheReportAndRefusesItsFigure() {
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/" + code + "/burden-sharing/2022")
                .then().statusCode(200).body("withoutFigures", equalTo(List.of("FRA", "USA")));
        put(2022, "FIN", "{\"expenditureUsd\": 10, \"gdpShare\": 1.5}", null).then().statusCode(400)
                .body("errors[0].field", equalTo("year"))
                .body("detail", containsString("not a member"));
    }

    @Test
    void figuresMustBeNonNegativeWithAShareUpTo100() {
        put(2023, "USA", "{\"expenditureUsd\": -1, \"gdpShare\": 3.0}", null).then().statusCode(400)
                .body("errors[0].field", equalTo("expenditureUsd"));
        put(2023, "USA", "{\"expenditureUsd\": 1, \"gdpShare\": 100.5}", null).then().statusCode(400)
                .body("errors[0].field", equalTo("gdpShare"));
        put(2023, "USA", "{\"expenditureUsd\": 1}", null).then().statusCode(400)
                .body("errors[0].field", equalTo("gdpShare"));
        put(2023, "XYZ", "{\"expenditureUsd\": 1, \"gdpShare\": 1}", null).then().statusCode(400)
                .body("errors[0].field", equalTo("country"));
        put(99999, "USA", "{\"expenditureUsd\": 1, \"gdpShare\": 1}", null).then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/" + code + "/burden-sharing/2023")
                .then().body("figures", equalTo(List.of()));
    }

    @Test
    void replacingAFigureNeedsItsETagAndIsPublished() {
        String etag = put(2024, "FRA", "{\"expenditureUsd\": 100, \"gdpShare\": 1.9}", null).then().statusCode(201)
                .extract().header("ETag");
        put(2024, "FRA", "{\"expenditureUsd\": 110, \"gdpShare\": 2.06}", null).then().statusCode(428);
        put(2024, "FRA", "{\"expenditureUsd\": 110, \"gdpShare\": 2.06}", "\"999\"").then().statusCode(412);
        put(2024, "FRA", "{\"expenditureUsd\": 110, \"gdpShare\": 2.06}", etag).then().statusCode(200)
                .body("meetsTarget", equalTo(true));

        var types = KafkaEvents.about("alliances.events", allianceId,
                e -> e.stream().filter(x -> x.type().endsWith("burden-recorded.v1")).count() >= 2, Duration.ofSeconds(20))
                .stream().map(x -> x.type()).filter(t -> t.endsWith("burden-recorded.v1")).toList();
        assertEquals(2, types.size());
        assertTrue(types.stream().allMatch(t -> t.equals("org.entente.alliance.burden-recorded.v1")));
    }

    @Test
    void withoutATargetNobodyMeetsOrMissesIt() {
        String etag = given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/" + code).then().extract().header("ETag");
        given().auth().oauth2(TestTokens.editor()).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"spendingTargetGdpShare\": null}").patch("/api/v1/alliances/" + code).then().statusCode(200);
        put(2023, "USA", "{\"expenditureUsd\": 300, \"gdpShare\": 3.0}", null).then().statusCode(201)
                .body("meetsTarget", equalTo(null));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/" + code + "/burden-sharing/2023")
                .then().body("meetingTarget", equalTo(List.of()));
    }

    @Test
    void recordingNeedsTheEditorRole() {
        AccessMatrix.requires(Roles.EDITOR, request -> request.contentType("application/json")
                .body("{}").put("/api/v1/alliances/" + code + "/burden-sharing/2023/USA"));
        AccessMatrix.requires(Roles.READER, request -> request.get("/api/v1/alliances/" + code + "/burden-sharing/2023"));
    }
}

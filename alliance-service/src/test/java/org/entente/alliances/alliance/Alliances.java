package org.entente.alliances.alliance;

import static io.restassured.RestAssured.given;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.entente.platform.testing.TestTokens;

/** Test helpers: alliances with unique codes, created through the API. */
final class Alliances {

    private Alliances() {
    }

    static String uniqueCode(String prefix) {
        return prefix + "_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
    }

    static String body(String code, String name, String kind, String region, String founded) {
        return """
                {"code": "%s", "name": "%s", "kind": "%s", "region": "%s", "founded": "%s",
                 "foundingTreaty": "Test Treaty", "headquarters": "Brussels, Belgium",
                 "focusAreas": ["DETERRENCE", "CYBER_DEFENSE"], "obligations": ["DEFENSE", "CONSULTATION"],
                 "collectiveDefenseClause": "Article 5"}""".formatted(code, name, kind, region, founded);
    }

    static ExtractableResponse<Response> create(String code, String name) {
        return create(body(code, name, "COLLECTIVE_DEFENSE", "EURO_ATLANTIC", "1949-04-04"));
    }

    static ExtractableResponse<Response> create(String json) {
        return given().auth().oauth2(TestTokens.editor()).contentType("application/json").body(json)
                .post("/api/v1/alliances")
                .then().statusCode(201).extract();
    }

    static UUID id(ExtractableResponse<Response> created) {
        return UUID.fromString(created.path("id"));
    }
}

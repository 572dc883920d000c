package org.entente.agreements.agreement;

import static io.restassured.RestAssured.given;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.concurrent.ThreadLocalRandom;
import org.entente.platform.testing.TestTokens;

/** Test helpers: agreements created and moved through their lifecycle by the API. */
public final class Agreements {

    public static final String PATH = "/api/v1/agreements";

    private Agreements() {
    }

    /** A word no other test's titles contain, to find one test's agreements with {@code q=}. */
    public static String marker() {
        return "T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
    }

    public static String body(String partyA, String partyB, String title) {
        return """
                {"parties": ["%s", "%s"], "title": "%s", "type": "DEFENSE_COOPERATION_AGREEMENT",
                 "scopeAreas": ["JOINT_EXERCISES", "LOGISTICS_SUPPORT"], "objectives": ["Rotational access"],
                 "summary": "A test agreement", "source": "Test"}""".formatted(partyA, partyB, title);
    }

    /** The body of an agreement recorded as signed and in force on the given days. */
    public static String inForce(String partyA, String partyB, String title, String signed, String enteredIntoForce) {
        return """
                {"parties": ["%s", "%s"], "title": "%s", "type": "MUTUAL_DEFENSE_TREATY",
                 "scopeAreas": ["MUTUAL_DEFENSE"], "signed": "%s", "enteredIntoForce": "%s"}"""
                .formatted(partyA, partyB, title, signed, enteredIntoForce);
    }

    public static ExtractableResponse<Response> create(String json) {
        return given().auth().oauth2(TestTokens.editor()).contentType("application/json").body(json)
                .post(PATH)
                .then().statusCode(201).extract();
    }

    public static ExtractableResponse<Response> propose(String title) {
        return create(body("USA", "JPN", title));
    }

    /** Runs a lifecycle operation; {@code body} may be null. */
    public static Response operate(String id, String operation, String etag, String body) {
        var request = given().auth().oauth2(TestTokens.editor()).header("If-Match", etag);
        if (body != null) {
            request = request.contentType("application/json").body(body);
        }
        return request.post(PATH + "/" + id + "/" + operation);
    }

    public static Response get(String id) {
        return given().auth().oauth2(TestTokens.reader()).get(PATH + "/" + id);
    }
}

package org.entente.alliances.alliance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.entente.platform.testing.PostgresAndKafka;
import org.entente.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Text PostgreSQL refuses (NUL) in a path, a query or a body is a 400 problem naming the parameter or
 * field, and nothing is stored.
 */
@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class UnstorableTextTest {

    @Test
    void aNulInAPathSegmentIsABadRequestNamingTheParameterAndChangesNothing() {
        String code = Alliances.uniqueCode("NUL");
        String etag = Alliances.create(code, "Path case").header("ETag");

        given().auth().oauth2(TestTokens.editor()).header("If-Match", etag).urlEncodingEnabled(false)
                .post("/api/v1/alliances/" + code + "%00/suspend")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("idOrCode"))
                .body("errors[0].message", containsString("U+0000"));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/" + code)
                .then().statusCode(200).header("ETag", etag).body("status", equalTo("ACTIVE"));
    }

    @Test
    void aNulInAQueryParameterIsABadRequestNamingIt() {
        given().auth().oauth2(TestTokens.reader()).urlEncodingEnabled(false).get("/api/v1/alliances?q=Pact%00")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void aNulInABodyIsABadRequestNamingTheFieldAndCreatesNothing() {
        String code = Alliances.uniqueCode("NUL");
        given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                .body(Alliances.body(code, "Pact\\u0000", "COALITION", "GLOBAL", "2014-09-10"))
                .post("/api/v1/alliances")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/" + code).then().statusCode(404);
    }

    @Test
    void aNulInAMergePatchIsABadRequestNamingTheFieldAndChangesNothing() {
        String code = Alliances.uniqueCode("NUL");
        String etag = Alliances.create(code, "Patch case").header("ETag");

        given().auth().oauth2(TestTokens.editor()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"headquarters\": \"Brussels\\u0000\"}")
                .patch("/api/v1/alliances/" + code)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("headquarters"));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/alliances/" + code)
                .then().statusCode(200).header("ETag", etag).body("headquarters", equalTo("Brussels, Belgium"));
    }
}

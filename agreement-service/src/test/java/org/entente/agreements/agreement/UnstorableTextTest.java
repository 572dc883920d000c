package org.entente.agreements.agreement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
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
        var proposed = Agreements.propose("Path case " + Agreements.marker());
        String id = proposed.path("id");

        given().auth().oauth2(TestTokens.editor()).header("If-Match", proposed.header("ETag"))
                .contentType("application/json").body("{}").urlEncodingEnabled(false)
                .post(Agreements.PATH + "/" + id + "%00/open-negotiation")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("id"))
                .body("errors[0].message", containsString("U+0000"));
        Agreements.get(id).then().statusCode(200).header("ETag", proposed.header("ETag")).body("status", equalTo("PROPOSED"));
    }

    @Test
    void aNulInAQueryParameterIsABadRequestNamingIt() {
        given().auth().oauth2(TestTokens.reader()).urlEncodingEnabled(false).get(Agreements.PATH + "?q=Treaty%00")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void aNulInABodyIsABadRequestNamingTheFieldAndCreatesNothing() {
        String marker = Agreements.marker();
        given().auth().oauth2(TestTokens.editor()).contentType("application/json")
                .body(Agreements.body("USA", "JPN", marker + " Treaty\\u0000"))
                .post(Agreements.PATH)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("title"));
        given().auth().oauth2(TestTokens.reader()).get(Agreements.PATH + "?q=" + marker)
                .then().statusCode(200).body("items", empty());
    }
}
